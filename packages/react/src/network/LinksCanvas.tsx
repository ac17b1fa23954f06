import type { ZoomTransform } from '@parklinks/core';
import {
  type LinkView,
  linkOpacity,
  linkStyleKeys,
  linkStyles,
  type NodeView,
  traceLink,
} from '@parklinks/core/network';
import { memo, useCallback, useMemo } from 'react';
import { CanvasLayer } from '../shared/CanvasLayer.js';
import { drawNodes, nodeColors } from './canvasNodes.js';

/** Links traced into one path (hairlines overlapping in one path still darken, as the SVG's separate paths do). */
const BATCH = 256;

export type LinksCanvasProps = {
  links: readonly LinkView[];
  /** Nodes drawn over the links (a very large network: see `NAME_LIMIT`). Default: none. */
  nodes?: readonly NodeView[];
  /** Layout size (the SVG's viewBox) and size on screen. */
  width: number;
  height: number;
  shownWidth: number;
  shownHeight: number;
  /** The zoom to draw at (the settled one: during a gesture a CSS transform carries the drawing). */
  zoom: ZoomTransform;
};

type Family = { key: string; width: number; paths: Path2D[] };

/**
 * The static links of a large network on a canvas: the same lines, widths, colour and opacity as `LinkPaths`
 * without dashes (as the SVG drops them above `DASH_LIMIT`), as hairlines of the same ink, traced from the links' geometry (numbers, no path strings) into a few `Path2D`s
 * per family, with no element per link. Zooming strokes them again under another transform, with the same
 * widths on screen. Hover and selection never draw it again: they fade the layer and draw an SVG overlay.
 */
export const LinksCanvas = memo(function LinksCanvas(p: LinksCanvasProps) {
  const { links, nodes, width, height, shownWidth, shownHeight, zoom } = p;
  const nodeInk = useMemo(() => (nodes?.length ? nodeColors(nodes) : undefined), [nodes]);
  // Traced on the first draw, then kept while the links stay the same.
  const traced = useMemo(() => {
    let families: Family[] | undefined;
    return () => {
      if (!families) {
        const byKey = new Map<string, Family>(
          linkStyleKeys.map((key) => [key, { key, width: linkStyles[key].width, paths: [] }]),
        );
        const count = new Map<string, number>();
        for (const l of links) {
          const f = byKey.get(l.style.key);
          if (!f) continue;
          const n = count.get(f.key) ?? 0;
          count.set(f.key, n + 1);
          if (n % BATCH === 0) f.paths.push(new Path2D());
          traceLink(l, f.paths[f.paths.length - 1] as Path2D);
        }
        families = [...byKey.values()].filter((f) => f.paths.length > 0);
      }
      return families;
    };
  }, [links]);
  const opacity = linkOpacity(links.length);
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, color: string, more: string[]) => {
      const { k, x, y } = zoom;
      ctx.scale(shownWidth / width, shownHeight / height);
      ctx.transform(k, 0, 0, k, x, y);
      ctx.strokeStyle = color;
      // Device px per layout px, zoom included.
      const m = ctx.getTransform();
      const scale = Math.sqrt(Math.abs(m.a * m.d));
      for (const f of traced()) {
        // The SVG's width divided by the zoom (`calc(width / var(--pl-net-k))`): the same width on screen.
        const device = (f.width / k) * scale;
        // A line wider than a device pixel is stroked as a hairline carrying the same ink (its opacity times its
        // width): software rasterisers draw hairlines ~25× faster than wide strokes (100,000 links: 7.2 s → 0.27 s
        // in headless Chromium).
        const hairline = device > 1;
        ctx.lineWidth = hairline ? 1 / scale : f.width / k;
        ctx.globalAlpha = hairline ? Math.min(1, opacity * device) : opacity;
        ctx.lineCap = f.key === 'alliance' ? 'round' : 'butt';
        for (const path of f.paths) ctx.stroke(path);
      }
      if (nodes && nodeInk) drawNodes(ctx, nodes, nodeInk, more);
    },
    [traced, zoom, opacity, width, height, shownWidth, shownHeight, nodes, nodeInk],
  );
  return (
    <CanvasLayer
      width={shownWidth}
      height={shownHeight}
      draw={draw}
      color="var(--pl-muted)"
      {...(nodeInk ? { colors: nodeInk } : {})}
      style={{ position: 'absolute', top: 0, left: 0 }}
      data={{ links: links.length, nodes: nodes?.length ?? 0, canvas: '' }}
    />
  );
});
