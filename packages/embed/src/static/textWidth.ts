/**
 * Estimated advance of `text` in px at `fontSize` for a system sans-serif, without a font engine:
 * CJK, kana, Hangul and full-width forms count 1 em, other letters about 0.57 em, spaces and
 * narrow punctuation 0.3 em. Errs a little wide, so wrapped lines keep inside the image.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef)) em += 1;
    else if (' .,:;·|()[]!\'"-'.includes(ch)) em += 0.3;
    else if (c >= 0x41 && c <= 0x5a) em += 0.66;
    else em += 0.57;
  }
  return Math.ceil(em * fontSize);
}
