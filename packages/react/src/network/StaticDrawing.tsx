import type { TextMark, ZoomTransform } from '@parklinks/core';
import type { LinkView, NetworkModel } from '@parklinks/core/network';
import { type CSSProperties, memo, useSyncExternalStore } from 'react';
import { VeilLayer } from '../shared/VeilLayer.js';
import type { ValueStore } from '../shared/valueStore.js';
import { GraphLayer } from './GraphLayer.js';
import { LabelsLayer } from './LabelsLayer.js';
import { LinksCanvas } from './LinksCanvas.js';

export type StaticDrawingProps = {
  model: NetworkModel;
  /** The permanent labels: the scene's label marks. */
  labels: readonly TextMark[];
  /** Layout size (the viewBox) and size on screen. */
  width: number;
  height: number;
  shownWidth: number;
  shownHeight: number;
  /** Zoom transform of the inner group. */
  transform: string;
  /** Zoom factor, for stroke widths that stay thin (`--pl-net-k`). */
  k: number;
  /** Faded behind a highlight that does not come from the pointer (keyboard focus, selection). */
  dim: boolean;
  /** The node under the pointer: the drawing also fades while it is set. */
  hover: ValueStore<string | null>;
  label: string;
  style: CSSProperties;
  /**
   * Links on a canvas (a large network in a browser) drawn at the `settled` zoom; while the zoom moves (`live`),
   * a CSS transform carries the canvas until it settles. Without it, links are SVG paths under `transform`.
   */
  canvas?: {
    settled: ZoomTransform;
    live: ZoomTransform;
    /** What the canvas draws: the links (above `DASH_LIMIT`), the nodes (above `NAME_LIMIT`), or both. */
    links: boolean;
    nodes: boolean;
  };
  /**
   * With the nodes on the canvas, the keyboard's node (`active`) is the one named element: unpainted, with the id
   * `activeElementId`, which the tab stop's `aria-activedescendant` points at.
   */
  active?: string | null;
  activeElementId?: string;
};

/** The keyboard's node as the one named element of a very large network: unpainted, at its node, not hit by the pointer. */
function ActiveNode({ model, id, elementId }: { model: NetworkModel; id: string; elementId: string }) {
  const n = model.byId.get(id);
  if (!n) return null;
  const named = { id: elementId, 'data-node': n.id, role: 'img', 'aria-label': n.a11y } as const;
  return <circle {...named} cx={n.x} cy={n.y} r={n.r} fill="none" pointerEvents="none" />;
}

const noLinks: LinkView[] = [];

/**
 * Every link, node and permanent label, in an svg of its own so that a highlight fades it with a
 * compositor-only opacity change instead of repainting thousands of paths. Its nodes carry their
 * accessible names (with their partnerships), so the server markup names everything even before
 * the data table is opened. Memoised, and it reads the hover store only as "is a node hovered?":
 * moving from node to node does not render it at all, and entering or leaving the graph renders
 * only this svg element (the graph and labels layers inside are memoised and skipped).
 */
export const StaticDrawing = memo(function StaticDrawing(p: StaticDrawingProps) {
  const { hover } = p;
  const hovering = useSyncExternalStore(
    hover.subscribe,
    () => hover.get() !== null,
    () => false,
  );
  const faded = p.dim || hovering ? 0.28 : 1;
  const svg = (style: CSSProperties) => (
    // biome-ignore lint/a11y/useSemanticElements: an svg cannot be a fieldset; the group names the drawing's nodes
    <svg
      width={p.shownWidth}
      height={p.shownHeight}
      viewBox={`0 0 ${p.width} ${p.height}`}
      preserveAspectRatio="none"
      role="group"
      aria-label={p.label}
      focusable="false"
      style={style}
    >
      <g transform={p.transform} style={{ '--pl-net-k': p.k } as CSSProperties}>
        <GraphLayer model={p.model} links={!p.canvas?.links} nodes={!p.canvas?.nodes} />
        <LabelsLayer labels={p.labels} layer="static" />
        {p.canvas?.nodes && p.active && p.activeElementId ? (
          <ActiveNode model={p.model} id={p.active} elementId={p.activeElementId} />
        ) : null}
      </g>
    </svg>
  );
  if (!p.canvas) return svg({ ...p.style, opacity: faded, willChange: 'opacity' });
  const { settled, live } = p.canvas;
  const s = live.k / settled.k;
  const moving = live.k !== settled.k || live.x !== settled.x || live.y !== settled.y;
  const [sx, sy] = [p.shownWidth / p.width, p.shownHeight / p.height];
  const carry = moving
    ? `translate(${(live.x - s * settled.x) * sx}px, ${(live.y - s * settled.y) * sy}px) scale(${s})`
    : undefined;
  return (
    <div style={{ ...p.style, width: p.shownWidth, height: p.shownHeight }} data-links-canvas="">
      <div style={{ position: 'absolute', inset: 0, transformOrigin: '0 0', transform: carry }}>
        <LinksCanvas
          links={p.canvas.links ? p.model.links : noLinks}
          {...(p.canvas.nodes ? { nodes: p.model.nodes } : {})}
          width={p.width}
          height={p.height}
          shownWidth={p.shownWidth}
          shownHeight={p.shownHeight}
          zoom={settled}
        />
      </div>
      {svg({ position: 'absolute', top: 0, left: 0, display: 'block' })}
      {/* The fade: the veil's opacity alone changes (not the group's: see VeilLayer). */}
      <VeilLayer opacity={faded < 1 ? 0.72 : 0} data={{ 'data-veil': '' }} />
    </div>
  );
});
