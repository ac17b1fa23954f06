import {
  identityZoom,
  isRtl,
  type Locale,
  type SceneView,
  viewBoxPoint,
  warmCountryNames,
  zoomExtent,
} from '@parklinks/core';
import type { MapModel } from '@parklinks/core/map';
import {
  type ArcStyle,
  busyLegs,
  busyPairs,
  clusterToOpen,
  highlightOf,
  type KnownLabels,
  labelsAfter,
  legProjector,
  legsOfMarker,
  type MapFit,
  type MapMarker,
  mapFontSize,
  mapMessages,
  mapProjection,
  markerScale,
  markerSelection,
  markerTexts,
  pairProjector,
  projectPairs,
  relayoutMarkers,
  shiftMarkers,
  visibleMarkers,
  warmLegs,
} from '@parklinks/core/map';
import { type PointerEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useClientRender } from '../shared/CanvasLayer.js';
import { useWhenIdle } from '../shared/hooks.js';
import { Rehearsal } from '../shared/Rehearsal.js';
import { type SceneChildren, SceneOverlay } from '../shared/SceneOverlay.js';
import { useZoom } from '../shared/useZoom.js';
import { VisuallyHidden } from '../shared/VisuallyHidden.js';
import { useValueStore } from '../shared/valueStore.js';
import { ZoomControls } from '../shared/ZoomControls.js';
import { markerFinder } from './canvasMarkers.js';
import { ActiveHighlight, HoverRings, HoverTooltip, Veil } from './HighlightLayer.js';
import { MarkersCanvas } from './MarkersCanvas.js';
import { MarkersLayer, markerElementId } from './MarkersLayer.js';
import { type StaticArcs, StaticLayers, zoomAttr } from './StaticLayers.js';
import { useMapKeys } from './useMapKeys.js';

export type MapViewProps = {
  model: MapModel;
  width: number;
  height: number;
  locale: Locale;
  fit: MapFit;
  arcStyle: ArcStyle;
  title: string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Draws the user's own marks from where the markers stand. */
  renderView?: SceneChildren;
};

/**
 * Above this many pairs of places, a browser draws the static legs on a canvas (`ArcsCanvas`): traced into `Path2D`s
 * in pieces of 90 px, with no path strings, where SVG writes a string of 40 px pieces per pair (the benchmark's
 * clustered large map, 815 pairs: `projectPairs` ~87 ms of a profiled first frame).
 */
export const CANVAS_ARCS_ABOVE = 600;
/**
 * Above this many markers, a browser draws them on a canvas (`MarkersCanvas`) and names only the keyboard's active
 * marker in the DOM; the pointer finds markers by a hit test (`markerFinder`).
 */
export const CANVAS_MARKERS_ABOVE = 1500;

// Each overlay in a compositing layer of its own: a hover repaints its few marks, not the markers it overlaps.
const overlay = {
  position: 'absolute',
  inset: 0,
  display: 'block',
  pointerEvents: 'none',
  willChange: 'transform',
} as const;

/** The interactive map drawing inside the chart frame. */
export function MapView(props: MapViewProps) {
  const { model, width, height, locale, fit, arcStyle, title, selectedId, onSelect, renderView } = props;
  const mm = mapMessages(locale);
  const svgRef = useRef<SVGSVGElement>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  // The same steps as the scene's `layoutMap`, each memoised on what it depends on.
  const projection = useMemo(() => mapProjection(model, width, height, fit), [width, height, fit, model]);
  // The static layer: one path per pair of places, or above CANVAS_ARCS_ABOVE pairs (in a browser) the pairs
  // traced on a canvas, with no path strings. Single legs are drawn only when highlighted.
  const client = useClientRender();
  const canvas = client && model.pairs.length > CANVAS_ARCS_ABOVE;
  const arcs = useMemo<StaticArcs>(
    () =>
      canvas
        ? { canvas: { pairs: model.pairs, places: model.places, style: arcStyle } }
        : { svg: projectPairs(model.pairs, { project: projection, places: model.places, style: arcStyle }) },
    [canvas, model, projection, arcStyle],
  );
  const leg = useMemo(
    () => legProjector(model, { project: projection, style: arcStyle }),
    [model, projection, arcStyle],
  );
  // A closed city cluster lights up one line per pair of places, as the static layer draws them.
  const pair = useMemo(
    () => pairProjector(model, { project: projection, style: arcStyle }),
    [model, projection, arcStyle],
  );
  // Draw the legs of busy places while the page is idle, so that their first hover only joins ready paths (the
  // legs of the others are few, each built and drawn on its first hover: `arcAt`).
  // With no busy place (city-less parks), the 256 legs of the busiest markers: a first hover then runs code that has
  // run before (plain medium, first hover: 18.7 ms of JS cold, 7.9 ms warm).
  useEffect(() => warmLegs(leg, busyLegs(model, 64, 256)), [leg, model]);
  // And the lines of the busy closed cities (a hover of one draws a line per pair of places).
  useEffect(() => {
    const pairs = busyPairs(model);
    return warmLegs(
      (i) => pair(pairs[i]?.from ?? '', pairs[i]?.to ?? ''),
      pairs.map((_, i) => i),
    );
  }, [pair, model]);
  // The tooltip names a marker's country when first hovered: its Intl object is made while the page is idle instead.
  useWhenIdle(useCallback(() => warmCountryNames(locale), [locale]));
  const active = useMemo(() => [...model.countries].sort().join(','), [model]);

  const [hint, setHint] = useState(false);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const showHint = useCallback(() => {
    setHint(true);
    clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setHint(false), 1500);
  }, []);
  useEffect(() => () => clearTimeout(hintTimer.current), []);
  const { t, zoomBy, reset, wasDrag, handlers } = useZoom(svgRef, width, height, {
    extent: zoomExtent.map,
    onPlainWheel: showHint,
  });
  // The static layers redraw once the zoom has rested; until then a CSS transform carries them.
  const [settled, setSettled] = useState(t);
  useEffect(() => {
    if (t === settled) return;
    const id = setTimeout(() => setSettled(t), 160);
    return () => clearTimeout(id);
  }, [t, settled]);

  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  // A selected member opens its city's cluster. Selecting a park alone in its place (any park without a city)
  // keeps the same set, so the markers are not laid out again (~120 ms at 2,000 city-less parks).
  const openSet = useMemo(() => clusterToOpen(model, selectedId, open), [open, selectedId, model]);
  const scale = markerScale(width);
  // Lay markers out per zoom level (separation depends on it), then shift them for panning. Opening one cluster
  // (a selection inside a closed city) places only its members, on the free places around it, in the layout shown
  // before: every other marker keeps its place and its element.
  const shown = useRef<readonly MapMarker[] | undefined>(undefined);
  const base = useMemo(
    () =>
      relayoutMarkers(shown.current, model, projection, { k: t.k, x: 0, y: 0 }, openSet, {
        scale,
        area: width * height,
      }),
    [model, projection, t.k, openSet, scale, width, height],
  );
  shown.current = base;
  // Very many markers (in a browser): drawn on a canvas, found under the pointer by a hit test on the layout.
  const canvasMarkers = client && base.length > CANVAS_MARKERS_ABOVE;
  const findMarker = useMemo(() => (canvasMarkers ? markerFinder(base) : undefined), [canvasMarkers, base]);
  // Its copy of the positions is made when the browser is idle, and the scan runs once before the first hover.
  useWhenIdle(useMemo(() => findMarker && (() => void findMarker(-1, -1)), [findMarker]));
  const markers = useMemo(() => shiftMarkers(base, t.x, t.y), [base, t.x, t.y]);
  const fontSize = mapFontSize(width);
  const texts = useMemo(() => markerTexts(model, base, locale), [base, model, locale]);
  // Accessible names, written when first read (`markerText`): with the markers on a canvas only a few are.
  const names = useMemo(() => ({ get: (id: string) => texts.get(id)?.name }), [texts]);
  // Labels placed before, per layout: labels away from an opened cluster stay where they are.
  const [knownLabels] = useState<KnownLabels>(() => new WeakMap());
  const labels = useMemo(
    () => labelsAfter(base, { x: t.x, y: t.y }, markers, texts, { width, height, locale }, knownLabels),
    [base, t.x, t.y, markers, texts, width, height, locale, knownLabels],
  );

  // The pointer's hover lives in a store read by the overlays alone: a hover does not re-render this view.
  const hover = useValueStore<string | null>(null);
  // The first hover, rehearsed off the page at idle (see `Rehearsal` and `quiet` below).
  const rehearsal = useValueStore<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const pointerDown = useRef(false);
  // Keyboard focus starts on the marker with the most partnerships.
  const first = useMemo(
    () => markers.reduce<MapMarker | undefined>((a, m) => (!a || m.partnerships > a.partnerships ? m : a), undefined),
    [markers],
  );
  // The rehearsal's marker: one of the quietest (fewest partnerships, at least one), so that it costs little and
  // warms the code, not the data, of whichever marker is hovered first. From the layout, not the panned markers: a
  // pan does not look for it again.
  const quiet = useMemo(
    () =>
      base.reduce<MapMarker | undefined>(
        (a, m) => (m.partnerships > 0 && (!a || m.partnerships < a.partnerships) ? m : a),
        undefined,
      )?.id,
    [base],
  );
  const byId = useMemo(() => new Map(markers.map((m) => [m.id, m])), [markers]);
  const focused = focusId ? byId.get(focusId) : undefined;
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const visible = useMemo(() => visibleMarkers(markers), [markers]);
  const highlightFor = useCallback(
    (m: MapMarker | undefined) => highlightOf(m, model, leg, visible, pair),
    [model, leg, visible, pair],
  );
  const hasLegs = useCallback((m: MapMarker) => legsOfMarker(model, m).length > 0, [model]);
  // Without a hover, the keyboard-focused marker is highlighted, else the selected one.
  const fallback = (keyboard ? focused : undefined) ?? selected;

  const activate = useCallback(
    (m: { id: string; type: string; members: string[] }) => {
      if (m.type === 'cluster') {
        setOpen((s) => new Set([...s, m.id]));
        setFocusId(m.members[0] ?? null);
      } else onSelect(m.id === selectedId ? null : m.id);
    },
    [onSelect, selectedId],
  );
  const clear = useCallback(() => {
    onSelect(null);
    setOpen(new Set());
    hover.set(null);
  }, [onSelect, hover]);
  const onKeyDown = useMapKeys({ markers, first, focused, setFocus: setFocusId, activate, clear, zoomBy, reset });
  type Pointed = { target: EventTarget; currentTarget: Element; clientX: number; clientY: number };
  const target = (e: Pointed) => {
    if (!findMarker) return (e.target as Element).closest?.('[data-id]')?.getAttribute('data-id') ?? null;
    const [x, y] = viewBoxPoint(e.currentTarget, e.clientX, e.clientY);
    return findMarker(x - t.x, y - t.y)?.id ?? null;
  };
  // On a canvas the pointer moves over no marker element: the hit test follows it (and sets the cursor).
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    handlers.onPointerMove(e);
    if (!findMarker || e.pointerType === 'touch') return;
    const id = target(e);
    hover.set(id);
    e.currentTarget.style.cursor = id ? 'pointer' : '';
  };
  const onClick = (e: PointerEvent<SVGSVGElement> | React.MouseEvent<SVGSVGElement>) => {
    if (wasDrag()) return;
    const id = target(e);
    const m = id ? byId.get(id) : undefined;
    if (m) {
      setFocusId(m.id);
      activate(m);
    } else if (selectedId) onSelect(null);
  };
  // Where the markers stand, for a `children` function (screen px: the markers are already zoomed).
  const view = useMemo<SceneView | null>(
    () =>
      renderView
        ? {
            chart: 'map',
            width,
            height,
            locale,
            dir: isRtl(locale) ? 'rtl' : 'ltr',
            zoom: identityZoom,
            items: markers.map((m) => ({ ref: markerSelection(m), name: names.get(m.id) ?? m.id, x: m.x, y: m.y })),
          }
        : null,
    [renderView, width, height, locale, markers, names],
  );
  const zoom = zoomAttr(t);
  // What the highlighted legs and the tooltip draw from besides the hover (the chart's and its rehearsal's).
  const legs = { byId, highlightOf: highlightFor, transform: zoom };
  const tooltip = { byId, texts, width, height };
  return (
    <>
      <StaticLayers
        width={width}
        height={height}
        projection={projection}
        active={active}
        features={model.basemap}
        arcs={arcs}
        settled={settled}
        live={t}
        hover={hover}
        byId={byId}
        fallback={fallback}
        hasLegs={hasLegs}
      />
      {/* Overlays in SVGs of their own: a hover repaints them, not the markers and labels. */}
      <svg width={width} height={height} aria-hidden style={overlay}>
        <ActiveHighlight hover={hover} fallback={fallback} selected={selected} {...legs} />
      </svg>
      {canvasMarkers && <MarkersCanvas markers={markers} width={width} height={height} style={overlay} />}
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="application"
        aria-roledescription={mm.roleDescription}
        aria-label={title}
        aria-describedby={`${uid}-help`}
        aria-activedescendant={focused ? markerElementId(uid, focused.id) : undefined}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: role="application" makes the svg the map's one interactive tab stop
        tabIndex={0}
        style={{
          display: 'block',
          position: 'relative',
          outline: 'none',
          touchAction: 'pan-x pan-y',
          userSelect: 'none',
          WebkitUserSelect: 'none',
        }}
        onKeyDown={(e) => {
          setKeyboard(true);
          onKeyDown(e);
        }}
        onFocus={() => {
          // Tabbing in shows the focus ring at once; a click that focuses the map does not.
          setKeyboard(!pointerDown.current);
          setFocusId((f) => f ?? selectedId ?? first?.id ?? null);
        }}
        onBlur={() => setKeyboard(false)}
        onPointerDown={(e) => {
          pointerDown.current = true;
          setTimeout(() => {
            pointerDown.current = false;
          }, 0);
          setKeyboard(false);
          handlers.onPointerDown(e);
        }}
        onPointerMove={onPointerMove}
        onPointerUp={handlers.onPointerUp}
        onPointerCancel={handlers.onPointerCancel}
        onPointerOver={(e) => hover.set(target(e))}
        onPointerLeave={() => hover.set(null)}
        onClick={onClick}
      >
        <MarkersLayer
          markers={markers}
          labels={labels}
          names={names}
          idPrefix={uid}
          fontSize={fontSize}
          canvas={canvasMarkers}
          active={canvasMarkers ? focused : undefined}
        />
        {keyboard && !focused && (
          <rect
            x={1}
            y={1}
            width={width - 2}
            height={height - 2}
            style={{ fill: 'none', stroke: 'var(--pl-focus)', strokeWidth: 2 }}
          />
        )}
      </svg>
      <SceneOverlay view={view}>{renderView}</SceneOverlay>
      <svg width={width} height={height} aria-hidden style={overlay}>
        <HoverRings hover={hover} byId={byId} focused={keyboard ? focused : undefined} />
      </svg>
      <VisuallyHidden id={`${uid}-help`}>{mm.instructions}</VisuallyHidden>
      <VisuallyHidden live="polite">{keyboard && focused ? (names.get(focused.id) ?? '') : ''}</VisuallyHidden>
      <HoverTooltip hover={hover} focused={keyboard ? focused : undefined} {...tooltip} />
      <Rehearsal store={rehearsal} value={quiet}>
        <Veil hover={rehearsal} byId={byId} fallback={undefined} hasLegs={hasLegs} />
        <svg width={width} height={height} aria-hidden>
          <ActiveHighlight hover={rehearsal} fallback={undefined} selected={undefined} {...legs} />
          <HoverRings hover={rehearsal} byId={byId} focused={undefined} />
        </svg>
        <HoverTooltip hover={rehearsal} focused={undefined} {...tooltip} />
      </Rehearsal>
      {hint && (
        <div
          role="status"
          style={{ position: 'absolute', insetInline: 0, bottom: 8, textAlign: 'center', pointerEvents: 'none' }}
        >
          <span
            style={{
              background: 'var(--pl-surface)',
              color: 'var(--pl-fg)',
              border: '1px solid var(--pl-border)',
              borderRadius: 4,
              padding: '0.25em 0.6em',
              fontSize: '0.85em',
            }}
          >
            {mm.wheelHint}
          </span>
        </div>
      )}
      <ZoomControls locale={locale} onZoomIn={() => zoomBy(1.5)} onZoomOut={() => zoomBy(1 / 1.5)} onReset={reset} />
    </>
  );
}
