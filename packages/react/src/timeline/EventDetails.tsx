import { countryName, type Locale, orgKindLabel, partnershipKindLabel, uiMessages } from '@parklinks/core';
import type { TimelineItem } from '@parklinks/core/timeline';
import { timelineMessages } from '@parklinks/core/timeline';
import { type Dataset, indexDataset, localize } from '@parklinks/data';
import { CARD_SMALL } from '../shared/TooltipCard.js';

/** An http(s) address, or undefined for anything else (javascript:, data:, relative…). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export type EventDetailsProps = { item: TimelineItem; data: Dataset; locale: Locale; laneLabel: string };

/** What the tooltip says about one partnership: title, date and how it is known, summary, parties, sources. */
export function EventDetails({ item, data, locale, laneLabel }: EventDetailsProps) {
  const m = timelineMessages(locale);
  const ui = uiMessages(locale);
  const { organizations, sources } = indexDataset(data);
  const p = item.partnership;
  const basis = item.basis === 'unknown' ? null : m.basis[item.basis];
  const small = { margin: '0.3em 0 0', fontSize: CARD_SMALL } as const;
  const list = { margin: '0.1em 0 0', paddingInlineStart: '1.1em' } as const;
  return (
    <div>
      <strong>{item.title}</strong>
      <p style={small}>
        {item.dateText}
        {basis ? ` · ${basis}` : ''} · {partnershipKindLabel(p.kind, locale)}
        {laneLabel ? <span style={{ color: 'var(--pl-muted)' }}> · {laneLabel}</span> : null}
      </p>
      {item.basis === 'reported' ? (
        <p style={{ ...small, fontStyle: 'italic', color: 'var(--pl-muted)' }}>{m.reportedNote}</p>
      ) : null}
      <p style={small}>{localize(p.summary, locale)}</p>
      <div style={small}>
        {m.parties}:
        <ul style={list}>
          {p.parties.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: parties have no id of their own and never reorder
            <li key={i}>
              {'org' in x
                ? localize(organizations.get(x.org)?.name ?? { en: x.org }, locale)
                : ui.unnamedParties(
                    orgKindLabel(x.unnamed.kind ?? 'science-park', locale),
                    countryName(x.unnamed.country, locale),
                    x.unnamed.count,
                  )}
            </li>
          ))}
        </ul>
      </div>
      <div style={small}>
        {m.sources}:
        <ul style={list}>
          {p.sources.map((id) => {
            const s = sources.get(id);
            const text = s ? [s.publisher, s.title].filter(Boolean).join(' — ') : id;
            const href = safeHref(s?.url);
            return (
              <li key={id}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer" style={{ color: 'var(--pl-accent)' }}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
