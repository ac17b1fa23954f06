import { isRtl, type LocaleTag, resolveLocale, type Theme, themeStyle, uiMessages } from '@parklinks/core';
import type { Dataset, ValidationIssue } from '@parklinks/data';
import { type ReactNode, useId, useState } from 'react';
import { DataErrorPanel } from './DataErrorPanel.js';
import { DataTable } from './DataTable.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { chartSize, useContainerSize, useResolvedTheme } from './hooks.js';

export type ChartFrameProps = {
  /** Visible title and accessible name of the figure. */
  title: string;
  /** One-sentence text summary, shown under the title and used as the description. */
  summary: string;
  /** Language and direction. Default `'en'`. */
  locale?: LocaleTag;
  /** Colour theme. Default `'light'`. */
  theme?: Theme;
  /** Fixed width in px. Default: the container's. */
  width?: number;
  /** Fixed height in px. Default: `width × aspect`. */
  height?: number;
  /** Height / width when the height is not given. Default 0.56. */
  aspect?: number;
  /** Validation errors: when any, they are shown in place of the chart. */
  issues?: ValidationIssue[];
  /** Records for the data-table disclosure; omitted → no table. */
  data?: Dataset;
  /** Partnership id to mark in the data table. */
  selectedPartnershipId?: string | null;
  /** Legend under the chart. */
  legend?: ReactNode;
  /** Overlaid controls (zoom buttons), drawn inside the chart area. */
  controls?: ReactNode;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: boolean;
  /** Class name on the root `<figure>`. */
  className?: string;
  /** Draws the chart for the measured size. */
  children: (size: { width: number; height: number }) => ReactNode;
};

/**
 * The shell every chart shares: a `<figure>` carrying language, direction and theme variables;
 * title and summary; the chart area sized to its container; an in-place error panel for bad data
 * or a failed render; a legend; and the data table as the text alternative.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, summary, theme = 'light', issues = [], data, legend, controls, empty, className, children } = props;
  const locale = resolveLocale(props.locale);
  const m = uiMessages(locale);
  const resolved = useResolvedTheme(theme);
  const { ref, width, height } = useContainerSize(props.width, props.height, { aspect: props.aspect ?? 0.56 });
  const titleId = useId();
  const failed = issues.length > 0;
  // The table can hold thousands of rows: build it only when the reader opens it.
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <figure
      className={className ? `parklinks ${className}` : 'parklinks'}
      data-theme={resolved}
      dir={isRtl(locale) ? 'rtl' : 'ltr'}
      lang={locale}
      aria-labelledby={titleId}
      style={{
        ...themeStyle(resolved),
        margin: 0,
        font: 'inherit',
        color: 'var(--pl-fg)',
        background: 'var(--pl-bg)',
        maxWidth: '100%',
        boxSizing: 'border-box',
      }}
    >
      <figcaption style={{ marginBottom: '0.5em' }}>
        <div id={titleId} style={{ fontWeight: 700, fontSize: '1.05em' }}>
          {title}
        </div>
        {failed ? null : <p style={{ margin: '0.2em 0 0', color: 'var(--pl-muted)', fontSize: '0.9em' }}>{summary}</p>}
      </figcaption>
      <div ref={ref} style={{ position: 'relative', width: chartSize(props.width) ?? '100%', maxWidth: '100%' }}>
        {failed ? (
          <DataErrorPanel issues={issues} locale={locale} />
        ) : empty ? (
          <div
            style={{
              height: Math.min(height, 160),
              display: 'grid',
              placeItems: 'center',
              color: 'var(--pl-muted)',
              border: '1px dashed var(--pl-border)',
              borderRadius: 6,
            }}
          >
            {m.empty}
          </div>
        ) : (
          <ErrorBoundary
            fallback={(e) => <DataErrorPanel issues={[]} heading={`${m.renderError} ${e.message}`} locale={locale} />}
          >
            <div style={{ position: 'relative', height }}>
              {children({ width, height })}
              {controls}
            </div>
          </ErrorBoundary>
        )}
      </div>
      {!failed && !empty ? legend : null}
      {data && !failed && data.partnerships.length > 0 ? (
        <details style={{ marginTop: '0.5em' }} onToggle={(e) => setTableOpen(e.currentTarget.open)}>
          <summary style={{ cursor: 'pointer', color: 'var(--pl-accent)', fontSize: '0.9em' }}>{m.dataTable}</summary>
          {tableOpen ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
            <section aria-label={title} tabIndex={0} style={{ overflowX: 'auto' }}>
              <DataTable data={data} locale={locale} caption={title} selectedId={props.selectedPartnershipId ?? null} />
            </section>
          ) : null}
        </details>
      ) : null}
    </figure>
  );
}
