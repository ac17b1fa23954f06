// parklinks.js — the one-file script for pages that are not React: defines the custom elements,
// with the built-in data set for elements that have no `src`.
import { dataset } from '@parklinks/data/dataset';
import { defineParklinksElements } from '../defineElements.js';

defineParklinksElements({ data: dataset });
