import { textWidth, truncateText } from '../shared/textWidth.js';

export type TrayChip = { index: number; x: number; y: number; w: number; text: string };
export type TrayLayout = { chips: TrayChip[]; rows: number; hidden: number };

const CHIP_H = 22;
const GAP = 6;
const PAD = 8;

/** Height in px of a tray with `rows` rows of chips under its heading. */
export function trayHeight(rows: number): number {
  return rows > 0 ? 22 + rows * (CHIP_H + 4) : 0;
}

/**
 * The "date unknown" tray: undated events as chips flowing in reading order (from the right in
 * right-to-left layouts), at most `maxRows` rows; a chip wider than half the tray is cut with "…".
 * When there are more than fit, the window starts at the page holding `focus`, so the chip a
 * keyboard user moved to is always drawn; `hidden` counts the chips left out.
 */
export function layoutTray(
  labels: readonly string[],
  width: number,
  { maxRows = 2, rtl = false, focus = 0, fontSize = 12 } = {},
): TrayLayout {
  const maxW = Math.max(60, Math.floor(width / 2));
  const sized = labels.map((label) => {
    const text = truncateText(label, maxW - 2 * PAD, fontSize);
    return { text, w: Math.min(maxW, textWidth(text, fontSize) + 2 * PAD) };
  });
  // Split into pages of at most maxRows rows each.
  const pages: number[][] = [[]];
  let row = 0;
  let used = 0;
  sized.forEach((c, i) => {
    if (used > 0 && used + c.w > width) {
      row += 1;
      used = 0;
      if (row === maxRows) {
        pages.push([]);
        row = 0;
      }
    }
    pages[pages.length - 1]!.push(i);
    used += c.w + GAP;
  });
  const page = pages.find((p) => p.includes(focus)) ?? pages[0]!;
  const chips: TrayChip[] = [];
  let x = 0;
  let y = 0;
  for (const i of page) {
    const c = sized[i]!;
    if (x > 0 && x + c.w > width) {
      x = 0;
      y += 1;
    }
    chips.push({ index: i, x: rtl ? width - x - c.w : x, y: y * (CHIP_H + 4), w: c.w, text: c.text });
    x += c.w + GAP;
  }
  return { chips, rows: labels.length ? y + 1 : 0, hidden: labels.length - page.length };
}
