import { type LocaleTag, resolveLocale, uiMessages } from '@parklinks/core';
import { formatIssue, type ValidationIssue } from '@parklinks/data';

export type DataErrorPanelProps = {
  /** The problems to list; the first five are shown. */
  issues: ValidationIssue[];
  /** UI language. Default `'en'`. */
  locale?: LocaleTag;
  /** Heading. Default: the localized "data has errors" message. */
  heading?: string;
};

/** In-place error naming each bad record and field, shown instead of a chart. */
export function DataErrorPanel({ issues, locale: tag, heading }: DataErrorPanelProps) {
  const locale = resolveLocale(tag);
  const m = uiMessages(locale);
  return (
    <div
      role="alert"
      data-parklinks-error=""
      style={{
        border: '1px solid var(--pl-focus)',
        borderRadius: 6,
        padding: '0.75em 1em',
        color: 'var(--pl-fg)',
        background: 'var(--pl-surface)',
      }}
    >
      <strong>{heading ?? m.dataError}</strong>
      <ul style={{ margin: '0.5em 0 0', paddingInlineStart: '1.2em', fontSize: '0.9em' }}>
        {issues.slice(0, 5).map((i) => (
          <li key={`${i.collection}-${i.index}-${i.field}-${i.message}`}>
            <code dir="ltr">{formatIssue(i)}</code>
          </li>
        ))}
      </ul>
      {issues.length > 5 ? <p style={{ margin: '0.5em 0 0' }}>{m.moreProblems(issues.length - 5)}</p> : null}
    </div>
  );
}
