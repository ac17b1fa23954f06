import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './nearestInDirection.js';

const pts = [
  { id: 'east-near', x: 60, y: 52 },
  { id: 'east-far', x: 200, y: 50 },
  { id: 'north', x: 50, y: 0 },
  { id: 'south-east', x: 80, y: 140 },
  { id: 'west', x: 0, y: 60 },
];
const from = { x: 50, y: 50 };

describe('nearestInDirection', () => {
  it('moves to the nearest marker that lies in the arrow’s direction', () => {
    expect(nearestInDirection(pts, from, 'right')).toBe('east-near');
    expect(nearestInDirection(pts, from, 'left')).toBe('west');
    expect(nearestInDirection(pts, from, 'up')).toBe('north');
    expect(nearestInDirection(pts, from, 'down')).toBe('south-east');
  });
  it('prefers a marker straight ahead over a nearer one far off to the side', () => {
    const list = [
      { id: 'side', x: 70, y: 80 },
      { id: 'ahead', x: 95, y: 50 },
    ];
    expect(nearestInDirection(list, from, 'right')).toBe('ahead');
  });
  it('returns undefined when nothing lies that way', () => {
    expect(nearestInDirection([{ id: 'a', x: 10, y: 50 }], from, 'right')).toBeUndefined();
  });
});
