import type { Locale } from '@parklinks/core';
import { uiMessages } from '@parklinks/core';

const button = {
  width: 28,
  height: 28,
  font: 'inherit',
  fontSize: 16,
  lineHeight: '26px',
  padding: 0,
  cursor: 'pointer',
  color: 'var(--pl-fg)',
  background: 'var(--pl-surface)',
  border: '1px solid var(--pl-border)',
  borderRadius: 4,
} as const;

export type ZoomControlsProps = {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  /** UI language. Default `'en'`. */
  locale?: Locale;
};

/** Zoom in / out / reset buttons, placed at the inline end of the chart's top edge. */
export function ZoomControls({ onZoomIn, onZoomOut, onReset, locale = 'en' }: ZoomControlsProps) {
  const m = uiMessages(locale);
  return (
    <div
      style={{
        position: 'absolute',
        insetInlineEnd: 8,
        top: 8,
        display: 'flex',
        flexDirection: 'column',
        gap: 4,
        zIndex: 1,
      }}
    >
      <button type="button" style={button} aria-label={m.zoomIn} title={m.zoomIn} onClick={onZoomIn}>
        +
      </button>
      <button type="button" style={button} aria-label={m.zoomOut} title={m.zoomOut} onClick={onZoomOut}>
        −
      </button>
      <button
        type="button"
        style={{ ...button, fontSize: 13 }}
        aria-label={m.resetZoom}
        title={m.resetZoom}
        onClick={onReset}
      >
        ⟲
      </button>
    </div>
  );
}
