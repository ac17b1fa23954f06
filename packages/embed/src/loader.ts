// What parklinks.js does: defines every `<parklinks-…>` element at once (each holds its space from the start),
// and fetches a view's code only when an element of that view nears the viewport, from the folder the script
// itself was loaded from (so a CDN path works), as module chunks: no inline script, no eval, nothing a
// `script-src 'self'` policy forbids.
import { createHostElement, type MountView } from './element/hostElement.js';

/** The views the loader defines elements for; the tag is `parklinks-<view>`. */
export const loaderViews = ['map', 'network', 'timeline', 'explorer'] as const;

/**
 * The folder a classic script was loaded from (`document.currentScript`, read while the script runs), else the
 * page's base URL.
 */
export function scriptBase(script: Element | null = document.currentScript): string {
  const src = script instanceof HTMLScriptElement ? script.src : '';
  return new URL('.', src || document.baseURI).href;
}

/**
 * Defines `<parklinks-map>`, `<parklinks-network>`, `<parklinks-timeline>` and `<parklinks-explorer>`, each
 * loading `${base}${folder}/<view>.js` (which exports `mount`) when first needed. Leaves defined tags alone;
 * does nothing outside a browser. Returns the tags now defined.
 */
export function defineLoaderElements(base: string, folder = 'chunks'): string[] {
  if (typeof customElements === 'undefined') return [];
  const loads = new Map<string, Promise<MountView>>();
  for (const view of loaderViews) {
    const tag = `parklinks-${view}`;
    if (customElements.get(tag)) continue;
    const load = () => {
      let p = loads.get(view);
      if (!p) {
        const url = `${base}${folder}/${view}.js`;
        p = (import(url) as Promise<{ mount: MountView }>).then(
          (m) => m.mount,
          (e: unknown) => {
            loads.delete(view);
            throw new Error(`${url}: ${e instanceof Error ? e.message : String(e)}`);
          },
        );
        loads.set(view, p);
      }
      return p;
    };
    customElements.define(tag, createHostElement(view, load));
  }
  return loaderViews.map((v) => `parklinks-${v}`);
}
