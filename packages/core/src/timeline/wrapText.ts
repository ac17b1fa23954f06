import { textWidth } from '../shared/textWidth.js';

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` (estimated, so server and
 * browser agree): at spaces, or anywhere in a word that does not fit (CJK has no spaces). A text
 * that does not fit ends with "…".
 */
export function wrapText(text: string, maxWidth: number, fontSize = 12, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.split(/(\s+)/).filter((t) => t.length > 0);
  const push = () => {
    lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    // Lines past the last one kept only decide that it ends with "…": one is enough.
    if (lines.length > maxLines) break;
    if (textWidth(line + token, fontSize) <= maxWidth) {
      line += token;
      continue;
    }
    if (/^\s+$/.test(token)) {
      push();
      continue;
    }
    if (line.trim()) push();
    for (const ch of token) {
      if (lines.length > maxLines) break;
      if (line && textWidth(line + ch, fontSize) > maxWidth) push();
      line += ch;
    }
  }
  if (line.trim()) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
