/**
 * Rough width in px of `text` at `fontSize`, without measuring (so it is the same on the server):
 * CJK ideographs and kana are square, Latin and Cyrillic about half an em, Arabic a little less.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef)) em += 1;
    else if (c >= 0x0600 && c <= 0x06ff) em += 0.48;
    else if (ch === ' ' || ch === '.' || ch === ',' || ch === 'i' || ch === 'l' || ch === '|') em += 0.3;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else if ((c >= 0x0410 && c <= 0x042f) || ch === 'm' || ch === 'w' || ch === 'W' || ch === 'M') em += 0.72;
    else em += 0.56;
  }
  return Math.ceil(em * fontSize);
}
