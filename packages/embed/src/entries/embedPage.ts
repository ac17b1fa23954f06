// embed-page.js — the script of embed.html (an iframe page; no inline script anywhere). Draws the chart named by
// the query string with the loader's elements (the view's code is fetched from ./chunks/) and tells the parent
// page its height the way pym.js does.
import { isRtl, matchLocale } from '@parklinks/core';
import { observedAttributes } from '../element/attributeNames.js';
import { defineLoaderElements, loaderViews, scriptBase } from '../loader.js';
import { parsePymMessage, pymMessage } from '../pym.js';

const params = new URLSearchParams(location.search);
const childId = params.get('childId') ?? params.get('id') ?? 'parklinks';
const body = document.body;
body.style.setProperty('margin', '0');
body.style.setProperty('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif');
const locale = matchLocale(params.get('locale')) ?? 'en';
document.documentElement.lang = locale;
document.documentElement.dir = isRtl(locale) ? 'rtl' : 'ltr';

defineLoaderElements(scriptBase());
const view = params.get('view') ?? 'map';
if ((loaderViews as readonly string[]).includes(view)) {
  const el = document.createElement(`parklinks-${view}`);
  el.setAttribute('loading', 'eager');
  for (const name of observedAttributes) {
    const v = name === 'heading' ? (params.get('heading') ?? params.get('title')) : params.get(name);
    if (v !== null) el.setAttribute(name, v);
  }
  body.append(el);
} else {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `parklinks embed: view ${JSON.stringify(view)} is not one of ${loaderViews.join(', ')}`;
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
