import type { NetworkModel } from '@parklinks/core/network';
import { describeNeighbour, describeNode, networkMessages, type WalkState, walkGraph } from '@parklinks/core/network';
import { type KeyboardEvent, useCallback, useState } from 'react';
import type { Locale } from '../shared/internal.js';

/**
 * Keyboard state of the network: the walk (current node and picked neighbour), whether the chart
 * has focus, and the sentence for the live region. `onMove` is told which node to bring into view.
 */
export function useNetworkKeys(opts: {
  model: NetworkModel;
  locale: Locale;
  rtl: boolean;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onMove?: (id: string) => void;
  onZoom?: (key: '+' | '-' | '0') => void;
}) {
  const { model, locale, rtl, selectedId, onSelect, onMove, onZoom } = opts;
  const [walk, setWalk] = useState<WalkState>({ current: null, cursor: -1 });
  const [focused, setFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const start = selectedId && model.byId.has(selectedId) ? selectedId : (model.order[0] ?? null);

  const onFocus = useCallback(() => {
    setFocused(true);
    const current = walk.current && model.byId.has(walk.current) ? walk.current : start;
    if (!current) return;
    setWalk({ current, cursor: -1 });
    setAnnouncement(describeNode(model, current, locale, current === selectedId));
  }, [walk.current, start, model, locale, selectedId]);
  const onBlur = useCallback(() => setFocused(false), []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '0') {
        onZoom?.(e.key === '=' ? '+' : (e.key as '+' | '-' | '0'));
        e.preventDefault();
        return;
      }
      const neighbours = (id: string) => model.neighbours.get(id) ?? [];
      const r = walkGraph(walk, e.key, { neighbours, order: model.order, selected: selectedId, rtl });
      if (!r.handled) return;
      e.preventDefault();
      setWalk(r.state);
      if (r.select !== undefined) onSelect(r.select);
      const { current, cursor } = r.state;
      if (r.select === null) setAnnouncement(networkMessages(locale).cleared);
      else if (current && cursor >= 0) setAnnouncement(describeNeighbour(model, current, cursor, locale));
      else if (current) setAnnouncement(describeNode(model, current, locale, r.select === current));
      const shown = current && cursor >= 0 ? neighbours(current)[cursor] : current;
      if (shown) onMove?.(shown);
    },
    [walk, model, selectedId, rtl, onSelect, locale, onMove, onZoom],
  );
  /** Follows a pointer selection, so arrows continue from the clicked node. */
  const moveTo = useCallback((id: string) => setWalk({ current: id, cursor: -1 }), []);

  const current = walk.current && model.byId.has(walk.current) ? walk.current : null;
  const candidate = current && walk.cursor >= 0 ? (model.neighbours.get(current)?.[walk.cursor] ?? null) : null;
  return {
    focused,
    current: focused ? current : null,
    candidate: focused ? candidate : null,
    announcement,
    onFocus,
    onBlur,
    onKeyDown,
    moveTo,
  };
}
