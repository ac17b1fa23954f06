import { panIntoView, type SceneView, zoomExtent } from '@parklinks/core';
import type { NetworkModel } from '@parklinks/core/network';
import {
  DASH_LIMIT,
  groupPalette,
  highlightOf,
  labelMarks,
  NAME_LIMIT,
  networkMessages,
  nodeSelection,
  staticLabelsOf,
} from '@parklinks/core/network';
import {
  type CSSProperties,
  type MouseEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useClientRender } from '../shared/CanvasLayer.js';
import { type Locale, VisuallyHidden, ZoomControls } from '../shared/internal.js';
import { Rehearsal } from '../shared/Rehearsal.js';
import { type SceneChildren, SceneOverlay } from '../shared/SceneOverlay.js';
import { useZoom } from '../shared/useZoom.js';
import { useValueStore } from '../shared/valueStore.js';
import { HighlightOverlay } from './HighlightLayer.js';
import { HoverTooltip } from './NetworkTooltip.js';
import { StaticDrawing } from './StaticDrawing.js';
import { useNetworkKeys } from './useNetworkKeys.js';
import { useNodeFinder } from './useNodeFinder.js';

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
  /** Draws the user's own marks from where the nodes stand. */
  renderView?: SceneChildren;
};

/**
 * The interactive drawing: static graph and labels, highlight overlay, tooltip, keyboard and zoom.
 * The hovered node lives in a store read only by the overlay and the tooltip (and, as "anything
 * hovered?", by the static drawing's fade), so a hover never renders this component; keyboard
 * steps, selection and zoom do, but the memoised graph and labels layers skip them.
 */
export function NetworkView(props: NetworkViewProps) {
  const { model, width, height, locale, rtl, theme, title, selectedId, onSelect } = props;
  const shownW = props.displayWidth ?? width;
  const shownH = props.displayHeight ?? height;
  const m = networkMessages(locale);
  const ref = useRef<SVGSVGElement | null>(null);
  const zoom = useZoom(ref, width, height, { extent: zoomExtent.network });
  const hover = useValueStore<string | null>(null);
  // The first hover, rehearsed off the page at idle (`Rehearsal`) on one of the quietest nodes (fewest links, at
  // least one): little to draw, and it warms the code, not the data, of whichever node is hovered first.
  const rehearsal = useValueStore<string | null>(null);
  const quiet = useMemo(
    () =>
      model.nodes.reduce<(typeof model.nodes)[number] | undefined>(
        (a, n) => (n.degree > 0 && (!a || n.degree < a.degree) ? n : a),
        undefined,
      )?.id,
    [model],
  );
  const instructionsId = useId();
  const findNode = useNodeFinder(model);

  const staticLabels = useMemo(
    () => staticLabelsOf(model, width, height, rtl, props.maxLabels),
    [model, width, height, rtl, props.maxLabels],
  );
  const staticLabelMarks = useMemo(() => labelMarks(staticLabels, rtl ? 'rtl' : 'ltr'), [staticLabels, rtl]);

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
  const kb = useNetworkKeys({ model, locale, rtl, selectedId, onSelect, onMove, onZoom });

  const selectedNode = selectedId && model.byId.has(selectedId) ? selectedId : null;
  // Faded without a pointer too: while the keyboard is on a node, or a node or partnership is selected.
  const resting = kb.current ?? selectedNode;
  const dimAtRest = useMemo(() => {
    const hl = highlightOf(model, resting, selectedId);
    return hl.nodes.length > 0 || hl.links.length > 0;
  }, [model, resting, selectedId]);

  const { t } = zoom;
  // Above DASH_LIMIT links a browser strokes them on a canvas, drawn again once the zoom has rested (until then
  // a CSS transform carries it); the server's HTML and its hydration keep the SVG paths.
  const client = useClientRender();
  const canvasLinks = client && model.links.length > DASH_LIMIT;
  // Above NAME_LIMIT nodes a browser draws them on the canvas too and names only the keyboard's node, which the tab
  // stop points at.
  const canvasNodes = client && model.nodes.length > NAME_LIMIT;
  const canvas = canvasLinks || canvasNodes;
  const named = !canvasNodes;
  const activeElementId = `${instructionsId}-node`;
  const activeDescendant = !named && kb.current ? activeElementId : undefined;
  const [settled, setSettled] = useState(t);
  useEffect(() => {
    if (!canvas || t === settled) return;
    const id = setTimeout(() => setSettled(t), 160);
    return () => clearTimeout(id);
  }, [canvas, t, settled]);
  const canvasZoom = useMemo(
    () => (canvas ? { settled, live: t, links: canvasLinks, nodes: canvasNodes } : undefined),
    [canvas, settled, t, canvasLinks, canvasNodes],
  );
  const nodeAt = (e: { clientX: number; clientY: number; currentTarget: Element }) => findNode(e, t);
  // The pointer cursor is set on the element directly: a hover must not render this component.
  const pointAt = (el: SVGSVGElement, id: string | null) => {
    hover.set(id);
    el.style.cursor = id ? 'pointer' : 'default';
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    zoom.handlers.onPointerMove(e);
    if (e.pointerType === 'touch') return;
    pointAt(e.currentTarget, nodeAt(e)?.id ?? null);
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (zoom.wasDrag()) return;
    const n = nodeAt(e);
    if (n) kb.moveTo(n.id);
    onSelect(n && n.id !== selectedId ? n.id : null);
  };

  const transform = `translate(${t.x},${t.y}) scale(${t.k})`;
  const layer = useMemo(
    () => ({ ...groupPalette(theme), position: 'absolute', top: 0, left: 0, display: 'block' }) as const,
    [theme],
  );
  // Where the nodes stand (layout px), for a `children` function drawn under the zoom.
  const renderView = props.renderView;
  const view = useMemo<SceneView | null>(
    () =>
      renderView
        ? {
            chart: 'network',
            width,
            height,
            locale,
            dir: rtl ? 'rtl' : 'ltr',
            zoom: t,
            items: model.order.flatMap((id) => {
              const n = model.byId.get(id);
              return n ? [{ ref: nodeSelection(n), name: n.a11y, x: n.x, y: n.y }] : [];
            }),
          }
        : null,
    [renderView, width, height, locale, rtl, t, model],
  );
  // What the highlight overlay and the tooltip draw from besides the hover (the chart's and its rehearsal's).
  const overlay = { model, staticLabels, width, height, rtl };
  const tooltip = {
    model,
    t,
    scale: [shownW / width, shownH / height] as [number, number],
    width: shownW,
    height: shownH,
    locale,
  };
  return (
    <>
      {/* The one tab stop holds both drawings; the overlay on top takes the pointer. */}
      <div
        role="application"
        aria-roledescription={m.roleDescription}
        aria-label={title}
        aria-describedby={instructionsId}
        aria-activedescendant={activeDescendant}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: role="application" makes this the network's one interactive tab stop
        tabIndex={0}
        onKeyDown={kb.onKeyDown}
        onFocus={kb.onFocus}
        onBlur={kb.onBlur}
        style={{ position: 'relative', width: shownW, height: shownH, maxWidth: '100%' }}
      >
        <StaticDrawing
          model={model}
          labels={staticLabelMarks}
          width={width}
          height={height}
          shownWidth={shownW}
          shownHeight={shownH}
          transform={transform}
          k={t.k}
          dim={dimAtRest}
          hover={hover}
          label={m.nodesLabel}
          style={layer}
          canvas={canvasZoom}
          active={named ? null : kb.current}
          activeElementId={activeElementId}
        />
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard does the same on the tab stop around it */}
        <svg
          ref={ref}
          width={shownW}
          height={shownH}
          viewBox={`0 0 ${width} ${height}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
          onClick={onClick}
          {...zoom.handlers}
          onPointerMove={onPointerMove}
          onPointerLeave={(e) => pointAt(e.currentTarget, null)}
          style={{ ...layer, touchAction: 'pan-x pan-y', userSelect: 'none' }}
        >
          <g transform={transform} style={{ '--pl-net-k': t.k } as CSSProperties}>
            <HighlightOverlay
              hover={hover}
              focusId={kb.current}
              candidateId={kb.candidate}
              selectedNode={selectedNode}
              selectedId={selectedId}
              {...overlay}
            />
          </g>
        </svg>
        <SceneOverlay view={view}>{props.renderView}</SceneOverlay>
      </div>
      <ZoomControls
        locale={locale}
        onZoomIn={() => zoom.zoomBy(1.5)}
        onZoomOut={() => zoom.zoomBy(1 / 1.5)}
        onReset={zoom.reset}
      />
      <HoverTooltip hover={hover} focusId={kb.current} {...tooltip} />
      <Rehearsal store={rehearsal} value={quiet}>
        <svg width={shownW} height={shownH} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
          <g transform={transform}>
            <HighlightOverlay
              hover={rehearsal}
              focusId={null}
              candidateId={null}
              selectedNode={null}
              selectedId={null}
              {...overlay}
            />
          </g>
        </svg>
        <HoverTooltip hover={rehearsal} focusId={null} {...tooltip} />
      </Rehearsal>
      <VisuallyHidden id={instructionsId}>{m.instructions}</VisuallyHidden>
      <VisuallyHidden live="polite">{kb.announcement}</VisuallyHidden>
    </>
  );
}
