import { type MarkShape, type TimelineMessages, timelineLegend } from '@parklinks/core/timeline';
import { Mark } from './Mark.js';

// The swatch of each of the scene's legend entries (`timelineLegend`: day, month, year, reported), in its order.
const swatches: { key: string; shape: MarkShape }[] = [
  { key: 'day', shape: 'point' },
  { key: 'month', shape: 'bar' },
  { key: 'year', shape: 'band' },
  { key: 'reported', shape: 'point' },
];

/** What the marks mean (the scene's legend entries): how precisely each date is known, and which dates come only from a report. */
export function TimelineLegend({ messages, label }: { messages: TimelineMessages; label: string }) {
  return (
    <ul
      aria-label={label}
      style={{
        listStyle: 'none',
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.25em 1em',
        margin: '0.5em 0 0',
        padding: 0,
        fontSize: '0.85em',
      }}
    >
      {timelineLegend(messages).map((entry, i) => {
        const e = swatches[i] ?? { key: entry.label, shape: 'point' as const };
        return (
          <li key={e.key} style={{ display: 'flex', alignItems: 'center', gap: '0.35em' }}>
            <svg width={e.shape === 'point' ? 14 : 26} height={14} aria-hidden="true" style={{ flex: 'none' }}>
              {e.key === 'reported' ? (
                <g>
                  <Mark shape="point" a0={1} a1={13} center={7} b0={0} size={14} reported pointSize={11} />
                </g>
              ) : (
                <Mark shape={e.shape} a0={1} a1={25} center={7} b0={0} size={14} reported={false} pointSize={9} />
              )}
            </svg>
            <span>{entry.label}</span>
          </li>
        );
      })}
    </ul>
  );
}
