// builder.js — the script of builder.html (no inline script): the builder on the built-in data set, its codes
// pointing at the folder this page is served from. builder.html loads parklinks.js beside it for the preview,
// and builder.css (built from src/builder/builder.css).
import { dataset } from '@parklinks/data/dataset';
import { mountBuilder } from './builder.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('builder');
if (root)
  mountBuilder(root, {
    data: dataset,
    base: new URL('.', location.href).href,
    uiLocale: params.get('lang') ?? navigator.language,
  });
