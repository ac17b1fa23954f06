/**
 * Estimated width in px of `text` at `fontSize`, without measuring, so the server and the browser
 * place labels alike: CJK and Hangul a full em, Latin and Cyrillic about 0.6 em (generous, so a
 * wide fallback font such as DejaVu Sans still fits), Arabic half an em.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef)) em += 1;
    else if (c >= 0x0600 && c <= 0x06ff) em += 0.5;
    else if (" .,:;'!|ilIjtf()".includes(ch)) em += 0.32;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x0410 && c <= 0x042f) || 'mwMW'.includes(ch)) em += 0.74;
    else em += 0.6;
  }
  return Math.ceil(em * fontSize);
}
