import { quadtree } from 'd3-quadtree';
import {
  type CSSProperties,
  type MouseEvent,
  type PointerEvent,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type Locale, orgKindLabel, TooltipCard, VisuallyHidden, ZoomControls } from '../shared/index.js';
import { GraphLayer } from './GraphLayer.js';
import { groupPalette } from './groupPalette.js';
import { HighlightLayer } from './HighlightLayer.js';
import { highlightOf } from './highlight.js';
import { LabelsLayer } from './LabelsLayer.js';
import { networkMessages } from './messages.js';
import type { NetworkModel, NodeView } from './networkModel.js';
import { placeLabels } from './placeLabels.js';
import { staticLabelsOf } from './staticLabels.js';
import { useGraphKeyboard } from './useGraphKeyboard.js';
import { useNetworkZoom } from './useNetworkZoom.js';
import { viewBoxPoint } from './viewBoxPoint.js';
import { panIntoView } from './zoomMath.js';

export type NetworkViewProps = {
  model: NetworkModel;
  /** Size the model was laid out for: the viewBox. */
  width: number;
  height: number;
  /** Size on screen, when it differs from the layout's for a moment (while a resize settles). */
  displayWidth?: number;
  displayHeight?: number;
  locale: Locale;
  rtl: boolean;
  theme: 'light' | 'dark';
  title: string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  maxLabels?: number;
};

/** The interactive drawing: static graph and labels, highlight overlay, tooltip, keyboard and zoom. */
export function NetworkView(props: NetworkViewProps) {
  const { model, width, height, locale, rtl, theme, title, selectedId, onSelect } = props;
  const shownW = props.displayWidth ?? width;
  const shownH = props.displayHeight ?? height;
  const m = networkMessages(locale);
  const ref = useRef<SVGSVGElement | null>(null);
  const zoom = useNetworkZoom(ref, width, height);
  const [hovered, setHovered] = useState<string | null>(null);
  const instructionsId = useId();
  const tree = useMemo(
    () =>
      quadtree<NodeView>(
        model.nodes,
        (n) => n.x,
        (n) => n.y,
      ),
    [model],
  );
  const maxR = useMemo(() => model.nodes.reduce((r, n) => Math.max(r, n.r), 0), [model]);

  const staticLabels = useMemo(
    () => staticLabelsOf(model, width, height, rtl, props.maxLabels),
    [model, width, height, rtl, props.maxLabels],
  );

  const { setT } = zoom;
  const onMove = useCallback(
    (id: string) => {
      const n = model.byId.get(id);
      if (n) setT((t) => panIntoView(t, n.x, n.y, [width, height]));
    },
    [model, setT, width, height],
  );
  const onZoom = useCallback(
    (key: '+' | '-' | '0') => (key === '0' ? zoom.reset() : zoom.zoomBy(key === '+' ? 1.5 : 1 / 1.5)),
    [zoom.reset, zoom.zoomBy],
  );
  const kb = useGraphKeyboard({ model, locale, rtl, selectedId, onSelect, onMove, onZoom });

  const selectedNode = selectedId && model.byId.has(selectedId) ? selectedId : null;
  const active = hovered ?? kb.current ?? selectedNode;
  const hl = useMemo(() => highlightOf(model, active, selectedId), [model, active, selectedId]);
  const hlLabels = useMemo(() => {
    const obstacles = hl.nodes.flatMap((id) => model.byId.get(id) ?? []);
    const requests = obstacles.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      r: n.r,
      text: n.label,
      priority: n.id === active ? 1e9 : n.degree,
    }));
    return placeLabels(requests, { width, height, obstacles, prefer: rtl ? 'left' : 'right' });
  }, [hl, model, active, width, height, rtl]);

  const { t } = zoom;
  const nodeAt = (e: { clientX: number; clientY: number; currentTarget: Element }) => {
    const [px, py] = viewBoxPoint(e.currentTarget, e.clientX, e.clientY);
    const x = (px - t.x) / t.k;
    const y = (py - t.y) / t.k;
    const n = tree.find(x, y, maxR + 8 / t.k);
    return n && Math.hypot(n.x - x, n.y - y) <= n.r + 6 / t.k ? n : null;
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    zoom.handlers.onPointerMove(e);
    if (e.pointerType === 'touch') return;
    const id = nodeAt(e)?.id ?? null;
    if (id !== hovered) setHovered(id);
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (zoom.wasDrag()) return;
    const n = nodeAt(e);
    if (n) kb.moveTo(n.id);
    onSelect(n && n.id !== selectedId ? n.id : null);
  };

  const tip = hovered ?? kb.current;
  const tipNode = tip ? model.byId.get(tip) : undefined;
  const dim = hl.nodes.length > 0 || hl.links.length > 0;
  const transform = `translate(${t.x},${t.y}) scale(${t.k})`;
  const zoomVar = { '--pl-net-k': t.k } as CSSProperties;
  const layer = { position: 'absolute', top: 0, left: 0, display: 'block' } as const;
  return (
    <>
      {/* The static drawing sits in its own svg so hover dims it with a compositor-only opacity
          change instead of repainting thousands of paths. Its nodes carry their accessible names
          (with their partnerships), so the server markup names everything even before the data
          table is opened. */}
      {/* biome-ignore lint/a11y/useSemanticElements: an svg cannot be a fieldset; the group names the drawing's nodes */}
      <svg
        width={shownW}
        height={shownH}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="group"
        aria-label={m.nodesLabel}
        focusable="false"
        style={{ ...groupPalette(theme), ...layer, opacity: dim ? 0.28 : 1, willChange: 'opacity' }}
      >
        <g transform={transform} style={zoomVar}>
          <GraphLayer model={model} />
          <LabelsLayer labels={staticLabels} />
        </g>
      </svg>
      <svg
        ref={ref}
        width={shownW}
        height={shownH}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="application"
        aria-roledescription={m.roleDescription}
        aria-label={title}
        aria-describedby={instructionsId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: role="application" makes the svg the network's one interactive tab stop
        tabIndex={0}
        onKeyDown={kb.onKeyDown}
        onFocus={kb.onFocus}
        onBlur={kb.onBlur}
        onClick={onClick}
        {...zoom.handlers}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHovered(null)}
        style={{
          ...groupPalette(theme),
          ...layer,
          touchAction: 'pan-x pan-y',
          cursor: hovered ? 'pointer' : 'default',
          userSelect: 'none',
        }}
      >
        <g transform={transform} style={zoomVar}>
          <HighlightLayer
            model={model}
            nodes={hl.nodes}
            links={hl.links}
            selectedId={selectedNode}
            candidateId={kb.candidate}
            focusId={kb.current}
            labels={hlLabels}
          />
        </g>
      </svg>
      <ZoomControls
        locale={locale}
        onZoomIn={() => zoom.zoomBy(1.5)}
        onZoomOut={() => zoom.zoomBy(1 / 1.5)}
        onReset={zoom.reset}
      />
      {tipNode ? (
        // Anchored at the node's lower edge (the card flips near the chart's edges), not its centre.
        <TooltipCard
          x={((tipNode.x + tipNode.r * 0.7) * t.k + t.x) * (shownW / width)}
          y={((tipNode.y + tipNode.r * 0.7) * t.k + t.y) * (shownH / height)}
          width={shownW}
          height={shownH}
        >
          <strong>{tipNode.name}</strong>
          {tipNode.kind && tipNode.type === 'organization' ? <div>{orgKindLabel(tipNode.kind, locale)}</div> : null}
          <div style={{ color: 'var(--pl-muted)' }}>{tipNode.detail}</div>
        </TooltipCard>
      ) : null}
      <VisuallyHidden id={instructionsId}>{m.instructions}</VisuallyHidden>
      <VisuallyHidden live="polite">{kb.announcement}</VisuallyHidden>
    </>
  );
}
