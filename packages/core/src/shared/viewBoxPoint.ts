/**
 * A client point in the svg's viewBox units. The drawing keeps its layout size as its viewBox
 * while a resize settles, so the CSS size and the viewBox can differ for a moment.
 */
export function viewBoxPoint(el: Element, clientX: number, clientY: number): [number, number] {
  const box = el.getBoundingClientRect();
  const vb = (el as SVGSVGElement).viewBox?.baseVal;
  const sx = vb?.width && box.width ? vb.width / box.width : 1;
  const sy = vb?.height && box.height ? vb.height / box.height : 1;
  return [(clientX - box.left) * sx, (clientY - box.top) * sy];
}
