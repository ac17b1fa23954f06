import { isRtl, type LocaleTag, resolveLocale } from '@parklinks/core';
import { csvBlob } from './csv.js';
import { downloadMessages } from './messages.js';
import { downloadBlob, svgToPngBlob } from './rasterize.js';

export type DownloadMenuOptions = {
  /** Language of the labels (en, zh, ru, ar, fr; `ar` lays the menu out right to left). */
  locale: LocaleTag | string;
  /**
   * The chart as a standalone SVG (e.g. `renderSvg` with the element's options), asked for on each download; may
   * return a promise (e.g. to load the static renderer's code only then).
   */
  getSvg: () => string | Promise<string>;
  /** The CSV of the records the chart shows (e.g. `recordsCsv(data, filter, locale)`), asked for on each download. */
  getCsv: () => string | Promise<string>;
  /** Which items, in this order. Default all: `['svg', 'png', 'png2x', 'csv']` (the explorer has no image: `['csv']`). */
  formats?: readonly DownloadFormat[];
  /** File name without extension: `<fileName>.svg`, `.png`, `@2x.png`, `.csv`. */
  fileName: string;
  /** Colours of the button and list. Default `auto` (the reader's system). */
  theme?: 'light' | 'dark' | 'auto';
};

/** The files the menu can offer. */
export const downloadFormats = ['svg', 'png', 'png2x', 'csv'] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

const run: Record<DownloadFormat, (o: DownloadMenuOptions) => Promise<void>> = {
  svg: async (o) => downloadBlob(new Blob([await o.getSvg()], { type: 'image/svg+xml' }), `${o.fileName}.svg`),
  png: async (o) => downloadBlob(await svgToPngBlob(await o.getSvg(), 1), `${o.fileName}.png`),
  png2x: async (o) => downloadBlob(await svgToPngBlob(await o.getSvg(), 2), `${o.fileName}@2x.png`),
  csv: async (o) => downloadBlob(csvBlob(await o.getCsv()), `${o.fileName}.csv`),
};

// Absolutely placed in the top inline-end corner of the nearest positioned ancestor: it takes no layout
// height, so mounting it never moves the page. Colours from `color-scheme` system colours unless a theme is set.
const css = `:host{all:initial;position:absolute;inset-block-start:6px;inset-inline-end:6px;z-index:2;display:block;
font-family:inherit;font-size:13px;line-height:1.3;color-scheme:light dark;color:CanvasText}
:host([data-theme=light]){color-scheme:light}:host([data-theme=dark]){color-scheme:dark}
button{font:inherit;color:inherit;background:Canvas;border:1px solid color-mix(in srgb,CanvasText 30%,transparent);
border-radius:4px;padding:4px 8px;cursor:pointer;display:flex;align-items:center;gap:4px;min-height:28px}
button:hover{background:color-mix(in srgb,CanvasText 8%,Canvas)}
@container (max-width:480px){#button .label{display:none}#button{padding:4px;min-height:24px}}
button:focus-visible{outline:2px solid #c2410c;outline-offset:1px}
svg{width:14px;height:14px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
ul{position:absolute;inset-block-start:calc(100% + 4px);inset-inline-end:0;margin:0;padding:4px;list-style:none;
background:Canvas;border:1px solid color-mix(in srgb,CanvasText 30%,transparent);border-radius:4px;
box-shadow:0 4px 12px rgb(0 0 0/.18);min-width:max-content}
ul[hidden]{display:none}
li button{border:0;width:100%;text-align:start;white-space:nowrap;background:transparent}
li button:hover,li button:focus-visible{background:color-mix(in srgb,CanvasText 10%,Canvas)}
.status{position:absolute;inset-block-start:calc(100% + 4px);inset-inline-end:0;margin:0;white-space:nowrap;
background:Canvas;padding:2px 6px;border-radius:4px}
.status:empty{display:none}`;

let sheet: CSSStyleSheet | null | undefined;
function menuSheet(): CSSStyleSheet | null {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
  }
  return sheet;
}

const svgNs = 'http://www.w3.org/2000/svg';
function icon(): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', 'M12 4v11m-5-5 5 5 5-5M5 20h14');
  svg.append(path);
  return svg;
}

/**
 * A "Download" button that opens a menu of SVG, PNG, PNG 2× and the CSV of the shown records. Its own shadow
 * root (the page's CSS does not reach it) styled by a constructed stylesheet (allowed under `style-src 'self'`).
 * Keyboard: Enter, Space or ArrowDown open it on the first item, ArrowUp on the last; arrows, Home and End move;
 * Escape closes it and gives focus back to the button; leaving it (Tab, a click elsewhere) closes it. Mount it in
 * a positioned box (`position: relative`): it sits in that box's top inline-end corner and takes no height.
 */
export function createDownloadMenu(options: DownloadMenuOptions): HTMLElement {
  const m = downloadMessages(options.locale);
  const locale = resolveLocale(options.locale);
  const host = document.createElement('div');
  host.className = 'parklinks-download';
  host.lang = locale;
  host.dir = isRtl(locale) ? 'rtl' : 'ltr';
  if (options.theme && options.theme !== 'auto') host.dataset.theme = options.theme;
  const root = host.attachShadow({ mode: 'open' });
  const s = menuSheet();
  if (s) root.adoptedStyleSheets = [s];
  else
    for (const [k, v] of [
      ['position', 'absolute'],
      ['inset-block-start', '6px'],
      ['inset-inline-end', '6px'],
      ['z-index', '2'],
    ] as const)
      host.style.setProperty(k, v);

  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'button';
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'menu');
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = m.download;
  // Named even when a narrow chart shows the icon alone.
  button.setAttribute('aria-label', m.download);
  button.append(icon(), label);
  const list = document.createElement('ul');
  list.id = 'menu';
  list.setAttribute('role', 'menu');
  list.setAttribute('aria-label', m.formats);
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const entries = (options.formats ?? downloadFormats).map((key) => {
    const li = document.createElement('li');
    li.setAttribute('role', 'none');
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.tabIndex = -1;
    b.dataset.format = key;
    b.textContent = m[key];
    b.addEventListener('click', async () => {
      close(true);
      try {
        await run[key](options);
      } catch {
        status.textContent = m.failed;
        setTimeout(() => {
          status.textContent = '';
        }, 6000);
      }
    });
    li.append(b);
    list.append(li);
    return b;
  });
  root.append(button, list, status);

  function open(at: number) {
    status.textContent = '';
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    entries.at(at)?.focus();
  }
  function close(refocus: boolean) {
    if (list.hidden) return;
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  }
  button.addEventListener('click', () => (list.hidden ? open(0) : close(false)));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      open(e.key === 'ArrowDown' ? 0 : -1);
    }
  });
  list.addEventListener('keydown', (e) => {
    const i = entries.indexOf(root.activeElement as HTMLButtonElement);
    const n = entries.length;
    const to = { ArrowDown: (i + 1) % n, ArrowUp: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      entries[to]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  });
  // Focus leaving the menu (a click elsewhere, Tab) closes it; no listener on the document to leak.
  root.addEventListener('focusout', (e) => {
    const next = (e as FocusEvent).relatedTarget as Node | null;
    if (!next || !root.contains(next)) close(false);
  });
  return host;
}
