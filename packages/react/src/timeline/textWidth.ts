/**
 * Estimated width in px of `text` at `fontSize`, without measuring (so server and browser agree):
 * wide scripts (CJK, kana, Hangul, full-width forms) count one em, narrow Latin letters less,
 * everything else 0.58 em — a little above the real average so labels keep their room.
 */
export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef)) em += 1;
    else if ("iljtfr.,:;'!|() ".includes(ch)) em += 0.32;
    else if ('mwMW@'.includes(ch)) em += 0.86;
    else if (c >= 0x41 && c <= 0x5a) em += 0.66;
    else em += 0.56;
  }
  return Math.ceil(em * fontSize);
}
