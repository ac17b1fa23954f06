// embed-page.js — the script of embed.html (an iframe page; no inline script anywhere). Draws the
// chart named by the query string and tells the parent page its height the way pym.js does.

import { isRtl } from '@parklinks/core';
import { dataset } from '@parklinks/data/dataset';
import { observedAttributes, supportedLocale } from '../attributes.js';
import { defineParklinksElements, tagName } from '../defineElements.js';
import { parsePymMessage, pymMessage } from '../pym.js';
import { isView, viewNames } from '../views.js';

const params = new URLSearchParams(location.search);
const childId = params.get('childId') ?? params.get('id') ?? 'parklinks';
const body = document.body;
body.style.setProperty('margin', '0');
body.style.setProperty('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif');
const locale = supportedLocale(params.get('locale')) ?? 'en';
document.documentElement.lang = locale;
document.documentElement.dir = isRtl(locale) ? 'rtl' : 'ltr';

defineParklinksElements({ data: dataset });
const view = params.get('view') ?? 'map';
if (isView(view)) {
  const el = document.createElement(tagName(view));
  el.setAttribute('loading', 'eager');
  for (const name of observedAttributes) {
    const v = name === 'heading' ? (params.get('heading') ?? params.get('title')) : params.get(name);
    if (v !== null) el.setAttribute(name, v);
  }
  body.append(el);
} else {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `parklinks embed: view ${JSON.stringify(view)} is not one of ${viewNames.join(', ')}`;
  body.append(p);
}

// Height announcements for pym.js parents and parklinks-frame.js.
let sent = -1;
function sendHeight() {
  const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (h === sent || window.parent === window) return;
  sent = h;
  window.parent.postMessage(pymMessage(childId, 'height', String(h)), '*');
}
new ResizeObserver(sendHeight).observe(document.documentElement);
window.addEventListener('load', sendHeight);
// pym.js parents send `width` on load and resize and expect a height in reply.
window.addEventListener('message', (e) => {
  const m = parsePymMessage(e.data);
  if (e.source !== window.parent || m?.childId !== childId || m.type !== 'width') return;
  sent = -1;
  sendHeight();
});
