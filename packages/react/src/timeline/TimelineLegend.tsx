import type { MarkShape, TimelineMessages } from '@parklinks/core/timeline';
import { Mark } from './Mark.js';

const entries: { key: string; shape: MarkShape; reported: boolean; label: (m: TimelineMessages) => string }[] = [
  { key: 'day', shape: 'point', reported: false, label: (m) => m.day },
  { key: 'month', shape: 'bar', reported: false, label: (m) => m.month },
  { key: 'year', shape: 'band', reported: false, label: (m) => m.year },
  { key: 'reported', shape: 'point', reported: true, label: (m) => m.reportedLegend },
];

/** What the marks mean: how precisely each date is known, and which dates come only from a report. */
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
      {entries.map((e) => (
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
          <span>{e.label(messages)}</span>
        </li>
      ))}
    </ul>
  );
}
