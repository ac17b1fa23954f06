import { describe, expect, it } from 'vitest';
import { keyboardIndex } from './keyboardIndex.js';

describe('keyboardIndex', () => {
  it('moves one event at a time in time order and stops at the ends', () => {
    expect(keyboardIndex('ArrowRight', 3, 10)).toBe(4);
    expect(keyboardIndex('ArrowDown', 3, 10)).toBe(4);
    expect(keyboardIndex('ArrowLeft', 3, 10)).toBe(2);
    expect(keyboardIndex('ArrowRight', 9, 10)).toBe(9);
    expect(keyboardIndex('ArrowLeft', 0, 10)).toBe(0);
  });
  it('jumps with Home, End and the page keys', () => {
    expect(keyboardIndex('Home', 5, 10)).toBe(0);
    expect(keyboardIndex('End', 5, 10)).toBe(9);
    expect(keyboardIndex('PageDown', 5, 30)).toBe(15);
    expect(keyboardIndex('PageUp', 5, 30)).toBe(0);
  });
  it('starts at the first event when none is active', () => {
    expect(keyboardIndex('ArrowRight', null, 10)).toBe(0);
    expect(keyboardIndex('ArrowLeft', null, 10)).toBe(0);
  });
  it('follows the mirrored axis in right-to-left layouts', () => {
    expect(keyboardIndex('ArrowLeft', 3, 10, true)).toBe(4);
    expect(keyboardIndex('ArrowRight', 3, 10, true)).toBe(2);
  });
  it('ignores other keys and empty timelines', () => {
    expect(keyboardIndex('a', 3, 10)).toBeUndefined();
    expect(keyboardIndex('ArrowRight', null, 0)).toBeUndefined();
  });
});
