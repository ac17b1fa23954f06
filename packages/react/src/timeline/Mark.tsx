import {
  type EventGeometryInput,
  type EventLook,
  eventGeometry,
  eventLook,
  eventStroke,
  lookColors,
} from '@parklinks/core/timeline';

export type MarkProps = EventGeometryInput & {
  /** Date known only from a report: drawn hollow and dashed. */
  reported: boolean;
};

/** Fill and stroke of a look, as CSS (theme variables): core's `lookColors`, for a group's `style`. */
export const lookStyle = (look: EventLook) => lookColors(look);

/**
 * One event: a point (day), a short bar (month) or a band (year), in the accent colour; hollow
 * and dashed when the date is only that of a report. Geometry, look and stroke are the scene's (core's
 * `eventGeometry`, `eventLook`, `eventStroke`). With `bare`, colours come from an enclosing group styled with
 * `lookStyle` (10,000 inline styles cost more than the marks themselves).
 */
export function Mark(props: MarkProps & { id?: string; index?: number; label?: string; bare?: boolean }) {
  const g = eventGeometry(props);
  const stroke = eventStroke(props.shape, props.reported, props.size);
  const common = {
    id: props.id,
    // Legend swatches pass no index: they are neither events nor named.
    ...(props.index === undefined ? {} : { 'data-i': props.index, role: 'img', 'aria-label': props.label }),
    strokeWidth: stroke.strokeWidth,
    strokeDasharray: stroke.dash,
    style: props.bare ? undefined : lookStyle(eventLook(props.shape, props.reported)),
  };
  return g.kind === 'circle' ? (
    <circle {...common} cx={g.cx} cy={g.cy} r={g.r} />
  ) : (
    <rect {...common} x={g.x} y={g.y} width={g.width} height={g.height} rx={props.shape === 'bar' ? 1.5 : 0} />
  );
}
