/**
 * Styles of the shadow host. The page's own rules for the host element (margins, width) still win
 * over these normal declarations; `display` and `hidden` are important so a page-wide
 * `* { all: revert }` cannot turn the chart into an inline box.
 */
export const hostCss = `:host{all:initial;display:block!important;font-family:inherit;font-size:inherit;min-width:0}
:host([hidden]){display:none!important}
.parklinks-embed{all:initial;display:block;position:relative;container-type:inline-size;font-family:inherit;font-size:inherit;line-height:1.4;color:CanvasText;text-align:start;box-sizing:border-box;overflow-x:clip}
.parklinks-problem{margin:0;padding:.6em .8em;border:1px solid #b42318;border-radius:4px;background:#fef3f2;color:#7a271a;font-size:.875em;overflow-wrap:anywhere}
.parklinks-loading{margin:0;padding:.6em .8em;color:#475467;font-size:.875em}
.parklinks-static,.parklinks-building{display:block;width:100%}
.parklinks-static>svg,.parklinks-building>svg{display:block;width:100%;height:100%}
.parklinks-own-height>svg{height:auto}
.parklinks-building{opacity:0}
*+.parklinks-building{position:absolute;inset:0 0 auto}
.parklinks-slot:has(>*+.parklinks-building){position:relative}`;

let sheet: CSSStyleSheet | null | undefined;

/**
 * One constructed stylesheet shared by every element (adoptedStyleSheets is allowed under a
 * `style-src 'self'` policy, an inline `<style>` is not). Null where constructable sheets are
 * unsupported; the inline wrapper styles below still isolate the chart there.
 */
export function hostSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(hostCss);
  } catch {
    sheet = null;
  }
  return sheet;
}

/**
 * The `.parklinks-embed` wrapper rule for browsers without constructable stylesheets, applied
 * through CSSOM (a style attribute would be blocked by a strict CSP). `all: initial` stops every
 * inherited property of the page (color, line-height, letter-spacing, text-transform …) at the
 * shadow boundary; the font family and size are taken back so the chart reads like the article.
 * `overflow-x: clip`: whatever a chart draws too wide never gives the host page a sideways scroll.
 */
export const wrapperStyle: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'relative'],
  ['container-type', 'inline-size'],
  ['font-family', 'inherit'],
  ['font-size', 'inherit'],
  ['line-height', '1.4'],
  ['color', 'CanvasText'],
  ['text-align', 'start'],
  ['box-sizing', 'border-box'],
  ['overflow-x', 'clip'],
];

/** Applies `decls` through CSSOM; CSP-safe (no style attribute is parsed). */
export function applyStyle(el: HTMLElement, decls: ReadonlyArray<readonly [string, string]>): void {
  for (const [k, v] of decls) el.style.setProperty(k, v);
}
