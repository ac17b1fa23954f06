/** An element of server-rendered markup, with its position in the source text. */
export type MarkupElement = {
  tag: string;
  attrs: Record<string, string>;
  children: MarkupNode[];
  /** Offsets of the whole element (`<tag …>…</tag>`) in the source. */
  start: number;
  end: number;
};
export type MarkupNode = MarkupElement | string;

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
const tagRe = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const attrRe = /([^\s=/>]+)(?:="([^"]*)")?/g;

/**
 * Parses the markup React's server renderer writes (double-quoted attributes, every element
 * closed, text escaped) into a tree. Not a general HTML parser: comments and unquoted attributes
 * are outside what React emits and are not handled.
 */
export function parseMarkup(html: string): MarkupElement {
  const root: MarkupElement = { tag: '#root', attrs: {}, children: [], start: 0, end: html.length };
  const stack = [root];
  let last = 0;
  for (const m of html.matchAll(tagRe)) {
    const top = stack[stack.length - 1]!;
    if (m.index > last) top.children.push(html.slice(last, m.index));
    last = m.index + m[0].length;
    const [, closing, tag = '', attrText = '', selfClosing] = m;
    if (closing) {
      const at = stack.findLastIndex((e) => e.tag === tag);
      if (at <= 0) continue;
      for (const e of stack.splice(at)) e.end = last;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(attrRe)) attrs[a[1]!] = a[2] ?? '';
    const el: MarkupElement = { tag, attrs, children: [], start: m.index, end: last };
    top.children.push(el);
    if (!selfClosing && !voidTags.has(tag.toLowerCase())) stack.push(el);
  }
  if (last < html.length) stack[stack.length - 1]!.children.push(html.slice(last));
  return root;
}

/** Every descendant element of `el` matching `test`, in document order, not looking inside matches when `stopAtMatch`. */
export function findAll(
  el: MarkupElement,
  test: (e: MarkupElement, ancestors: MarkupElement[]) => boolean,
  stopAtMatch = false,
  ancestors: MarkupElement[] = [],
): MarkupElement[] {
  const out: MarkupElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    const hit = test(c, ancestors);
    if (hit) out.push(c);
    if (!hit || !stopAtMatch) out.push(...findAll(c, test, stopAtMatch, [...ancestors, c]));
  }
  return out;
}

/** The first descendant matching `test`. */
export function find(el: MarkupElement, test: (e: MarkupElement) => boolean): MarkupElement | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (test(c)) return c;
    const deep = find(c, test);
    if (deep) return deep;
  }
  return undefined;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text content of `el`, entities decoded. */
export function textOf(el: MarkupNode): string {
  if (typeof el === 'string')
    return el.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#')
        return String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
        );
      return entities[e] ?? all;
    });
  return el.children.map(textOf).join('');
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Reads one property from a `style` attribute, e.g. `styleValue('margin-top:6px', 'margin-top')` → `'6px'`. */
export function styleValue(style: string | undefined, prop: string): string | undefined {
  if (!style) return undefined;
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i > 0 && decl.slice(0, i).trim() === prop) return decl.slice(i + 1).trim();
  }
  return undefined;
}
