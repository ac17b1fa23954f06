/**
 * Estimated width in px of `text` at `fontSize`, without measuring (so server and browser agree).
 * Calibrated on DejaVu Sans, the widest common sans-serif, so labels keep their room in narrower
 * host fonts too: CJK, kana, Hangul and full-width forms one em, Arabic 0.5 em, narrow Latin
 * letters 0.33 em, capitals 0.72 em, the rest 0.61 em; bold adds 12%.
 */
export function textWidth(text: string, fontSize = 12, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef)) em += 1;
    else if (c >= 0x0600 && c <= 0x06ff) em += 0.5;
    else if ("iljtfr.,:;'!|() ·".includes(ch)) em += 0.33;
    else if ('mwMW@–—'.includes(ch)) em += 0.9;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)) em += 0.72;
    else em += 0.61;
  }
  return Math.ceil(em * fontSize * (bold ? 1.12 : 1));
}

/** `text` cut (with "…") to at most `maxWidth` px by the same estimate; unchanged when it fits. */
export function truncateText(text: string, maxWidth: number, fontSize = 12, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
