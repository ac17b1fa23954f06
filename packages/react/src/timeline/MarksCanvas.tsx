import type { LaneLayout, TimelineItem } from '@parklinks/core/timeline';
import {
  type EventLook,
  eventGeometry,
  eventLook,
  eventLooks,
  eventStroke,
  laneMarkGeometry,
  lookColors,
} from '@parklinks/core/timeline';
import { memo, useCallback, useMemo } from 'react';
import { CanvasLayer } from '../shared/CanvasLayer.js';

export type MarksCanvasProps = {
  layout: LaneLayout;
  items: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  /** Size of the lanes' drawing and the plot's left offset. */
  width: number;
  height: number;
  left: number;
  style?: React.CSSProperties;
};

/** The colours a look can use, in the order `CanvasLayer` resolves them (`more`): band fill, background. */
const extraColors = [lookColors('band').fill, lookColors('hollow').fill] as const;

/** One look's marks: a path, and tiny solid dots as squares (x, y, side: three numbers a dot). */
type Look = { look: EventLook; path: Path2D; dots: number[]; dash?: string; strokeWidth: number };

/** Solid points up to this radius are filled squares of the same area: software canvases fill 100,000 of them ~50× faster than as many arcs, and at 3 px across a dot looks the same. */
const SQUARE_DOT_R = 1.5;
const SQRT_PI = Math.sqrt(Math.PI);

/**
 * Every event's mark on a canvas, for timelines with very many events: the same geometry, looks and colours as
 * the lane layer's SVG marks (`eventGeometry`, `eventLook`, `eventStroke`, `lookColors`), one `Path2D` per look,
 * no element per event. The pointer finds marks with `markAt`, the keyboard's active mark is the one element
 * named in the DOM.
 */
export const MarksCanvas = memo(function MarksCanvas({
  layout,
  items,
  indexOf,
  width,
  height,
  left,
  style,
}: MarksCanvasProps) {
  // Traced on the first draw (never where there is no canvas, nor `Path2D`), then kept for the layout.
  const traced = useMemo(() => {
    let looks: Look[] | undefined;
    return () => {
      if (looks) return looks;
      const out = new Map<EventLook, Look>();
      const { pointSize } = layout;
      for (const m of layout.marks) {
        const it = items[indexOf.get(m.id) ?? -1];
        if (!it) continue;
        const reported = it.basis === 'reported';
        const look = eventLook(m.shape, reported);
        let l = out.get(look);
        if (!l) {
          const s = eventStroke(m.shape === 'band' ? 'band' : 'point', reported, m.h);
          l = { look, path: new Path2D(), dots: [], strokeWidth: s.strokeWidth, ...(s.dash ? { dash: s.dash } : {}) };
          out.set(look, l);
        }
        const g = eventGeometry(laneMarkGeometry(m, pointSize));
        if (g.kind === 'circle' && look === 'solid' && g.r <= SQUARE_DOT_R) {
          const side = g.r * SQRT_PI;
          l.dots.push(g.cx - side / 2, g.cy - side / 2, side);
        } else if (g.kind === 'circle') {
          l.path.moveTo(g.cx + g.r, g.cy);
          l.path.arc(g.cx, g.cy, g.r, 0, 2 * Math.PI);
        } else if (m.shape === 'bar') l.path.roundRect(g.x, g.y, g.width, g.height, 1.5);
        else l.path.rect(g.x, g.y, g.width, g.height);
      }
      looks = eventLooks.flatMap((look) => out.get(look) ?? []);
      return looks;
    };
  }, [layout, items, indexOf]);
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, accent: string, more: string[]) => {
      const [band = accent, bg = 'transparent'] = more;
      ctx.translate(left, 0);
      for (const l of traced()) {
        ctx.fillStyle = l.look === 'hollow' ? bg : l.look === 'band' ? band : accent;
        ctx.fill(l.path);
        const d = l.dots;
        for (let i = 0; i < d.length; i += 3)
          ctx.fillRect(d[i] as number, d[i + 1] as number, d[i + 2] as number, d[i + 2] as number);
        if (l.strokeWidth > 0) {
          ctx.strokeStyle = accent;
          ctx.lineWidth = l.strokeWidth;
          ctx.setLineDash(l.dash ? l.dash.split(' ').map(Number) : []);
          ctx.stroke(l.path);
        }
      }
    },
    [traced, left],
  );
  return (
    <CanvasLayer
      width={width}
      height={height}
      draw={draw}
      color="var(--pl-accent)"
      colors={extraColors}
      style={style}
      data={{ marks: layout.marks.length, canvas: '' }}
    />
  );
});
