import type { MapMarker, MarkerText } from '@parklinks/core/map';
import { TooltipCard } from '../shared/TooltipCard.js';

/** Tooltip of the hovered or focused marker: localized name, then kind, place and count. */
export function MapTooltip({
  marker,
  text,
  width,
  height,
}: {
  marker: MapMarker;
  text: MarkerText;
  width: number;
  height: number;
}) {
  return (
    <TooltipCard x={marker.x} y={marker.y} width={width} height={height}>
      <strong style={{ display: 'block' }}>{text.title}</strong>
      {text.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are static for one marker
        <div key={i} style={{ color: i === 0 ? 'var(--pl-fg)' : 'var(--pl-muted)' }}>
          {line}
        </div>
      ))}
    </TooltipCard>
  );
}
