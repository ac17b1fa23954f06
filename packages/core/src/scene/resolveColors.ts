export { themePalette } from '../shared/theme.js';

/** `--name, fallback` → its parts; the fallback may itself hold parentheses and commas. */
function splitVar(args: string): { name: string; fallback: string | undefined } | undefined {
  const comma = args.indexOf(',');
  const name = (comma < 0 ? args : args.slice(0, comma)).trim();
  if (!name.startsWith('--')) return undefined;
  return { name: name.slice(2), fallback: comma < 0 ? undefined : args.slice(comma + 1).trim() };
}

/** Index just past the parenthesis closing the one before `from`, or -1. */
function closing(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '(') depth += 1;
    else if (s[i] === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

const hex = (c: string) => {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim());
  if (!m?.[1]) return undefined;
  const h = m[1].length === 3 ? [...m[1]].map((x) => x + x).join('') : m[1];
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
};

/** `color-mix(in srgb, A p%, B)` of two hex colours as a hex colour; other forms are returned unchanged. */
export function mixColors(expr: string): string {
  const m =
    /^color-mix\(\s*in srgb\s*,\s*(#[0-9a-f]+)\s*(\d+(?:\.\d+)?)?%?\s*,\s*(#[0-9a-f]+)\s*(\d+(?:\.\d+)?)?%?\s*\)$/i.exec(
      expr.trim(),
    );
  const a = m?.[1] ? hex(m[1]) : undefined;
  const b = m?.[3] ? hex(m[3]) : undefined;
  if (!m || !a || !b) return expr;
  const p = m[2] !== undefined ? Number(m[2]) / 100 : m[4] !== undefined ? 1 - Number(m[4]) / 100 : 0.5;
  return `#${a
    .map((x, i) =>
      Math.round(x * p + (b[i] ?? 0) * (1 - p))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * Writes every `var(--pl-…)` (and `var(--x, fallback)`) in `markup` as a literal colour, and every
 * `color-mix(in srgb, …)` of two literal colours as its result: a standalone SVG has no page to
 * define custom properties, and print and feed renderers rarely know color-mix. Unknown names
 * without a fallback become `currentColor`.
 */
export function resolveColors(markup: string, palette: Record<string, string>): string {
  // A drawing repeats a few expressions thousands of times (every node's fill): each is resolved once.
  const seen = new Map<string, string>();
  let out = '';
  let i = 0;
  for (let at = markup.indexOf('var(--', i); at >= 0; at = markup.indexOf('var(--', i)) {
    const end = closing(markup, at + 4);
    if (end < 0) break;
    out += markup.slice(i, at);
    const expr = markup.slice(at + 4, end - 1);
    let value = seen.get(expr);
    if (value === undefined) {
      value = resolveVar(expr, palette);
      seen.set(expr, value);
    }
    out += value;
    i = end;
  }
  out += markup.slice(i);
  return out
    .replace(/color-mix\(in srgb,[^()]*\)/g, mixColors)
    .replace(
      /calc\(\s*(-?[\d.]+)(px)?\s*([*/])\s*(-?[\d.]+)\s*\)/g,
      (all, a: string, unit = '', op: string, b: string) => {
        const n = op === '*' ? Number(a) * Number(b) : Number(a) / Number(b);
        return Number.isFinite(n) ? `${Math.round(n * 1000) / 1000}${unit}` : all;
      },
    );
}

/** The value of one `var(…)`'s arguments: the palette's entry (its own var()s resolved), else the fallback. */
function resolveVar(args: string, palette: Record<string, string>): string {
  const v = splitVar(args);
  const own = v?.name.startsWith('pl-') ? palette[v.name.slice(3)] : undefined;
  // Values and fallbacks can hold var() too: resolve them the same way (a palette entry never names itself).
  if (own !== undefined) return resolveColors(own, { ...palette, [v!.name.slice(3)]: 'currentColor' });
  return v?.fallback !== undefined ? resolveColors(v.fallback, palette) : 'currentColor';
}
