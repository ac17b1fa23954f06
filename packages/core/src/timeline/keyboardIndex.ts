/**
 * Index of the event that `key` moves to from `current` among `count` events in time order
 * (undated last), or undefined when the key does nothing here. With nothing active, any move key
 * starts at the first event (End: the last). In right-to-left layouts, ← moves later in time.
 */
export function keyboardIndex(key: string, current: number | null, count: number, rtl = false): number | undefined {
  if (count === 0) return undefined;
  const forward = rtl ? ['ArrowLeft', 'ArrowDown'] : ['ArrowRight', 'ArrowDown'];
  const back = rtl ? ['ArrowRight', 'ArrowUp'] : ['ArrowLeft', 'ArrowUp'];
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'PageDown') return Math.min(count - 1, (current ?? -1) + 10);
  if (key === 'PageUp') return Math.max(0, (current ?? 10) - 10);
  if (forward.includes(key)) return current === null ? 0 : Math.min(count - 1, current + 1);
  if (back.includes(key)) return current === null ? 0 : Math.max(0, current - 1);
  return undefined;
}
