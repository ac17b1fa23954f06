// parklinks-frame.js — for pages without pym.js: sizes every `<iframe data-parklinks>` to the
// height its embed.html announces. Accepts messages only from that iframe's window and origin.
import { parsePymMessage } from '../pym.js';

// A browser script: loading it outside a page (SSR, a bundler's node pass) does nothing.
if (typeof window !== 'undefined')
  window.addEventListener('message', (e) => {
    const m = parsePymMessage(e.data);
    if (m?.type !== 'height') return;
    const h = Number(m.message);
    if (!Number.isFinite(h) || h <= 0 || h > 20000) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-parklinks]')) {
      if (frame.contentWindow !== e.source) continue;
      if (new URL(frame.src, location.href).origin !== e.origin) return;
      frame.style.setProperty('height', `${Math.ceil(h)}px`);
      frame.style.setProperty('width', '100%');
      frame.style.setProperty('border', '0');
      return;
    }
  });
