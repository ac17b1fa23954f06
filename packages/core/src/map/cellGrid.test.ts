import { describe, expect, it } from 'vitest';
import { CellGrid } from './cellGrid.js';

const inCell = (g: CellGrid, gx: number, gy: number) => {
  g.range(gx, gy);
  return [...g.items.subarray(g.from, g.to)];
};

describe('CellGrid', () => {
  it('lists each cell’s discs in index order, dense or sparse, and a dense fill after a sparse one', () => {
    const g = new CellGrid(3);
    // Cells far apart: a box of more than 4M cells, kept sparse.
    g.fill(Float64Array.of(0, 5000, 0), Float64Array.of(0, 5000, 0));
    expect(inCell(g, 0, 0)).toEqual([0, 2]);
    expect(inCell(g, 5000, 5000)).toEqual([1]);
    // Then close together again (the next pass of a separation): dense, with every disc found.
    g.fill(Float64Array.of(1, 2, 1), Float64Array.of(1, 1, 1));
    expect(inCell(g, 1, 1)).toEqual([0, 2]);
    expect(inCell(g, 2, 1)).toEqual([1]);
    expect(inCell(g, 3, 1)).toEqual([]);
  });
});
