import { describe, expect, it } from 'vitest';
import { type WalkContext, type WalkState, walkGraph } from './graphWalk.js';

// a — b — c, a — d; e on its own.
const adj: Record<string, string[]> = { a: ['b', 'd'], b: ['a', 'c'], c: ['b'], d: ['a'], e: [] };
const ctx: WalkContext = { neighbours: (id) => adj[id] ?? [], order: ['a', 'b', 'c', 'd', 'e'] };
const press = (keys: string[], c: WalkContext = ctx, from: WalkState = { current: null, cursor: -1 }) => {
  let state = from;
  const selections: (string | null)[] = [];
  for (const k of keys) {
    const r = walkGraph(state, k, c);
    state = r.state;
    if (r.select !== undefined) selections.push(r.select);
  }
  return { state, selections };
};

describe('walkGraph', () => {
  it('starts on the largest node, or on the selected one', () => {
    expect(press(['ArrowRight']).state).toEqual({ current: 'a', cursor: -1 });
    expect(press(['ArrowRight'], { ...ctx, selected: 'c' }).state).toEqual({ current: 'c', cursor: -1 });
  });

  it('picks neighbours with Right/Down and Left/Up, wrapping around', () => {
    const at = { current: 'a', cursor: -1 };
    expect(press(['ArrowRight'], ctx, at).state.cursor).toBe(0);
    expect(press(['ArrowRight', 'ArrowDown'], ctx, at).state.cursor).toBe(1);
    expect(press(['ArrowRight', 'ArrowRight', 'ArrowRight'], ctx, at).state.cursor).toBe(0);
    expect(press(['ArrowLeft'], ctx, at).state.cursor).toBe(1);
    expect(press(['ArrowUp', 'ArrowUp'], ctx, at).state.cursor).toBe(0);
  });

  it('walks the graph: Enter moves to the picked neighbour and selects it', () => {
    // land on a → pick b → go to b → pick a (b's first neighbour) → go back to a
    const r = press(['ArrowRight', 'ArrowRight', 'Enter', 'ArrowRight', 'Enter']);
    expect(r.selections).toEqual(['b', 'a']);
    const toC = press(['ArrowRight', 'ArrowRight', 'Enter', 'ArrowRight', 'ArrowRight', 'Enter']);
    expect(toC.state).toEqual({ current: 'c', cursor: -1 });
    expect(toC.selections).toEqual(['b', 'c']);
  });

  it('selects the current node with Enter when no neighbour is picked', () => {
    expect(press(['ArrowRight', 'Enter']).selections).toEqual(['a']);
    expect(press(['Enter']).selections).toEqual(['a']);
  });

  it('clears the selection and the pick with Escape, staying on the node', () => {
    const r = press(['ArrowRight', 'ArrowRight', 'Escape']);
    expect(r.state).toEqual({ current: 'a', cursor: -1 });
    expect(r.selections).toEqual([null]);
  });

  it('reaches disconnected nodes with Page Down / End and returns with Home', () => {
    expect(press(['ArrowRight', 'End']).state.current).toBe('e');
    expect(press(['ArrowRight', 'PageDown', 'PageDown']).state.current).toBe('c');
    expect(press(['ArrowRight', 'End', 'PageUp', 'Home']).state.current).toBe('a');
    const lonely = press(['End', 'ArrowRight']);
    expect(lonely.state).toEqual({ current: 'e', cursor: -1 });
  });

  it('swaps Left and Right in right-to-left locales', () => {
    const at = { current: 'a', cursor: -1 };
    expect(press(['ArrowLeft'], { ...ctx, rtl: true }, at).state.cursor).toBe(0);
    expect(press(['ArrowRight'], { ...ctx, rtl: true }, at).state.cursor).toBe(1);
  });

  it('leaves other keys alone and does nothing on an empty graph', () => {
    expect(walkGraph({ current: 'a', cursor: -1 }, 'x', ctx).handled).toBe(false);
    expect(walkGraph({ current: null, cursor: -1 }, 'ArrowRight', { ...ctx, order: [] }).handled).toBe(false);
  });
});
