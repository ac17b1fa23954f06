import { diamondSize, type NodeView, nodeMark } from '@parklinks/core/network';

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The colours the nodes are drawn in (CSS, `var(--pl-…)` included), the background's last: `CanvasLayer` resolves them. */
export function nodeColors(nodes: readonly NodeView[]): string[] {
  const set = new Set<string>();
  for (const n of nodes) set.add(n.color);
  return [...set, 'var(--pl-bg)'];
}

/**
 * Draws every node's glyph as the SVG does (`nodeMark`: a disc, a dashed ring or a diamond, outlined in the
 * background colour), in the model's order, each filled then stroked. `colors` are `nodeColors(nodes)` resolved, in
 * that order. The context's transform is the layout's (zoom included), so widths are in layout px like the SVG's.
 */
export function drawNodes(
  ctx: Context,
  nodes: readonly NodeView[],
  names: readonly string[],
  colors: readonly string[],
) {
  const ink = new Map(names.map((c, i) => [c, colors[i] ?? c]));
  const bg = colors[names.length - 1] ?? '#fff';
  ctx.globalAlpha = 1;
  ctx.lineCap = 'butt';
  for (const n of nodes) {
    const m = nodeMark(n);
    ctx.beginPath();
    if (m.type === 'circle') ctx.arc(n.x, n.y, m.r, 0, 2 * Math.PI);
    else {
      const s = diamondSize(n.r);
      ctx.moveTo(n.x, n.y - s);
      ctx.lineTo(n.x + s, n.y);
      ctx.lineTo(n.x, n.y + s);
      ctx.lineTo(n.x - s, n.y);
      ctx.closePath();
    }
    ctx.fillStyle = ink.get(m.fill ?? '') ?? bg;
    ctx.fill();
    ctx.lineWidth = m.strokeWidth ?? 1;
    ctx.setLineDash(m.type === 'circle' && m.dash ? m.dash.split(' ').map(Number) : []);
    ctx.strokeStyle = ink.get(m.stroke ?? '') ?? bg;
    ctx.stroke();
  }
  ctx.setLineDash([]);
}
