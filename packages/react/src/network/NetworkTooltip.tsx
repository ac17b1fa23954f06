import type { ZoomTransform } from '@parklinks/core';
import type { NetworkModel, NodeView } from '@parklinks/core/network';
import { FontPrimer, type Locale, orgKindLabel, TooltipCard, TooltipLayer } from '../shared/internal.js';
import { useStoreValue, type ValueStore } from '../shared/valueStore.js';

/**
 * The hovered or focused node's card: name, kind, place and count. Anchored at the node's lower
 * edge rather than its centre (the card flips near the chart's edges), in on-screen px.
 */
export function NetworkTooltip({
  node,
  t,
  scale,
  width,
  height,
  locale,
}: {
  node: NodeView;
  t: ZoomTransform;
  /** On-screen px per layout px (differs from 1 only while a resize settles). */
  scale: [number, number];
  width: number;
  height: number;
  locale: Locale;
}) {
  return (
    <TooltipCard
      x={((node.x + node.r * 0.7) * t.k + t.x) * scale[0]}
      y={((node.y + node.r * 0.7) * t.k + t.y) * scale[1]}
      width={width}
      height={height}
    >
      <strong>{node.name}</strong>
      {node.kind && node.type === 'organization' ? <div>{orgKindLabel(node.kind, locale)}</div> : null}
      <div style={{ color: 'var(--pl-muted)' }}>{node.detail}</div>
    </TooltipCard>
  );
}

// The card's fonts: its bold name and regular lines.
// (Drawn anew in each chart: a module-level element shared by every chart kept a removed embed alive.)
const CardFonts = () => (
  <FontPrimer>
    <b>a</b>a
  </FontPrimer>
);

/** The tooltip of the hovered node, else of the node holding keyboard focus; reads the hover store itself. */
export function HoverTooltip({
  model,
  hover,
  focusId,
  ...rest
}: {
  model: NetworkModel;
  hover: ValueStore<string | null>;
  focusId: string | null;
  t: ZoomTransform;
  scale: [number, number];
  width: number;
  height: number;
  locale: Locale;
}) {
  const id = useStoreValue(hover) ?? focusId;
  const node = id ? model.byId.get(id) : undefined;
  // Always mounted (see TooltipLayer): showing the card lays out and rasters that box alone, not the graph.
  return (
    <TooltipLayer>
      <CardFonts />
      {node ? <NetworkTooltip node={node} {...rest} /> : null}
    </TooltipLayer>
  );
}
