import type { Locale } from '@parklinks/core';
import type { TimelineMessages, TimeRange } from '@parklinks/core/timeline';

/** "Showing 3 Mar 2016 – 1 Dec 2018 [All dates]" while a range is brushed. */
export function RangeCaption({
  top,
  range,
  locale,
  messages,
  onClear,
}: {
  top: number;
  range: TimeRange;
  locale: Locale;
  messages: TimelineMessages;
  onClear: () => void;
}) {
  const fmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (
    <div
      style={{
        position: 'absolute',
        top,
        insetInlineStart: 12,
        insetInlineEnd: 12,
        display: 'flex',
        gap: '0.75em',
        alignItems: 'center',
        fontSize: '0.85em',
        height: 28,
      }}
    >
      <span>{messages.showing(fmt.format(range[0]), fmt.format(range[1]))}</span>
      <button
        type="button"
        onClick={onClear}
        style={{
          font: 'inherit',
          color: 'var(--pl-accent)',
          background: 'var(--pl-surface)',
          border: '1px solid var(--pl-border)',
          borderRadius: 4,
          padding: '0.1em 0.6em',
          cursor: 'pointer',
        }}
      >
        {messages.clearRange}
      </button>
    </div>
  );
}
