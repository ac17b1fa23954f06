import { textWidth } from '../shared/textWidth.js';

/** Splits `text` into lines no wider than `width` px at `fontSize` (estimated widths; breaks at spaces, or anywhere in scripts without them). */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = (t: string) => {
    if (line && textWidth((line + t).trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += t;
  };
  for (const token of tokens) {
    if (textWidth(token.trimEnd(), fontSize) <= width) push(token);
    else for (const ch of token) push(ch);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Places legend entries of the given widths in rows no wider than `width` (an entry with `breaks[i]` starts a row); returns each one's x and row. */
export function flowRow(
  widths: number[],
  width: number,
  gap: number,
  breaks: boolean[] = [],
): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return widths.map((w, i) => {
    if (x > 0 && (x + w > width || breaks[i])) {
      x = 0;
      row += 1;
    }
    const at = { x, row };
    x += w + gap;
    return at;
  });
}
