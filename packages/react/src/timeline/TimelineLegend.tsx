import { type MarkShape, type TimelineMessages, timelineLegend } from '@parklinks/core/timeline';
import { Legend } from '../shared/Legend.js';
import { Mark } from './Mark.js';

// The swatch of each of the scene's legend entries (`timelineLegend`: day, month, year, reported), in its order.
const swatches: { key: string; shape: MarkShape }[] = [
  { key: 'day', shape: 'point' },
  { key: 'month', shape: 'bar' },
  { key: 'year', shape: 'band' },
  { key: 'reported', shape: 'point' },
];

function MarkSwatch({ k, shape }: { k: string; shape: MarkShape }) {
  return (
    <svg width={shape === 'point' ? 14 : 26} height={14} aria-hidden="true" style={{ flex: 'none' }}>
      {k === 'reported' ? (
        <g>
          <Mark shape="point" a0={1} a1={13} center={7} b0={0} size={14} reported pointSize={11} />
        </g>
      ) : (
        <Mark shape={shape} a0={1} a1={25} center={7} b0={0} size={14} reported={false} pointSize={9} />
      )}
    </svg>
  );
}

/** What the marks mean (the scene's legend entries): how precisely each date is known, and which dates come only from a report. */
export function TimelineLegend({ messages, label }: { messages: TimelineMessages; label: string }) {
  const items = timelineLegend(messages).map((entry, i) => {
    const e = swatches[i] ?? { key: entry.label, shape: 'point' as const };
    return { key: e.key, label: entry.label, color: '', swatch: <MarkSwatch k={e.key} shape={e.shape} /> };
  });
  return <Legend items={items} label={label} />;
}
