/** Where the keyboard is in the graph: the current node and the neighbour picked as next (−1: none yet). */
export type WalkState = { current: string | null; cursor: number };

/** What a key did: the new walk state, and a selection to apply (`undefined`: leave it). */
export type WalkResult = { state: WalkState; select?: string | null; handled: boolean };

export type WalkContext = {
  /** Neighbours of a node in walking order. */
  neighbours: (id: string) => readonly string[];
  /** Every node, most connected first: where the walk starts and what Page Up/Down and Home/End step through. */
  order: readonly string[];
  /** Selected node, where a walk starts when there is one. */
  selected?: string | null;
  /** Right-to-left: Left and Right swap, so "next" follows the reading direction. */
  rtl?: boolean;
};

/**
 * Keyboard graph walk. Right/Down pick the next neighbour of the current node, Left/Up the
 * previous one; Enter moves to the picked neighbour and selects it (or selects the current node
 * when none is picked); Escape drops the pick and clears the selection. Page Down/Up and
 * Home/End step through all nodes by size, so parts of the graph that are not connected can be
 * reached. The first key on an unvisited graph lands on the selected or the largest node.
 */
export function walkGraph(state: WalkState, key: string, ctx: WalkContext): WalkResult {
  const { neighbours, order, selected, rtl } = ctx;
  const start = selected && order.includes(selected) ? selected : (order[0] ?? null);
  if (start === null) return { state, handled: false };
  const current = state.current && order.includes(state.current) ? state.current : null;
  const land = (id: string | null): WalkResult => ({ state: { current: id, cursor: -1 }, handled: true });
  const near = current ? neighbours(current) : [];
  const k = rtl && key === 'ArrowLeft' ? 'ArrowRight' : rtl && key === 'ArrowRight' ? 'ArrowLeft' : key;
  const step = (dir: 1 | -1): WalkResult => {
    if (!current) return land(start);
    if (near.length === 0) return { state: { current, cursor: -1 }, handled: true };
    const from = state.cursor < 0 ? (dir === 1 ? -1 : 0) : state.cursor;
    return { state: { current, cursor: (from + dir + near.length) % near.length }, handled: true };
  };
  const jump = (to: number): WalkResult => land(order[Math.max(0, Math.min(order.length - 1, to))] ?? start);
  const at = current ? order.indexOf(current) : -1;
  switch (k) {
    case 'ArrowRight':
    case 'ArrowDown':
      return step(1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return step(-1);
    case 'Enter':
    case ' ': {
      if (!current) return { ...land(start), select: start };
      const next = state.cursor >= 0 ? near[state.cursor] : undefined;
      return next ? { ...land(next), select: next } : { state, select: current, handled: true };
    }
    case 'Escape':
      return { state: { current, cursor: -1 }, select: null, handled: true };
    case 'PageDown':
      return jump(at + 1);
    case 'PageUp':
      return current ? jump(at - 1) : land(start);
    case 'Home':
      return jump(0);
    case 'End':
      return jump(order.length - 1);
    default:
      return { state, handled: false };
  }
}
