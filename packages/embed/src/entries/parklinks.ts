// parklinks.js — the loader: defines every parklinks element and fetches each view's code (chunks/<view>.js) and
// the built-in data only when an element needs them. Also published as parklinks-map.js, parklinks-network.js
// and parklinks-timeline.js (the same file; older embed codes name those).
import { defineLoaderElements, scriptBase } from '../loader.js';

defineLoaderElements(scriptBase(), typeof __PARKLINKS_CHUNKS__ === 'string' ? __PARKLINKS_CHUNKS__ : 'chunks');

declare const __PARKLINKS_CHUNKS__: string | undefined;
