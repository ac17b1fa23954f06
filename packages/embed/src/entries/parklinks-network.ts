// parklinks-network.js — the one-view script: only <parklinks-network>, with the built-in data set for an element
// without `src`. Smaller than parklinks.js, which defines every element; a page that shows several views
// loads parklinks.js once instead (two one-view scripts would each carry the renderer and the data).
import { dataset } from '@parklinks/data/dataset';
import { PartnershipNetwork } from '@parklinks/react';
import { defineParklinksElement } from '../defineElement.js';
import { chartView } from '../viewFactory.js';

defineParklinksElement('network', chartView(PartnershipNetwork), { data: dataset });
