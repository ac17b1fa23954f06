import type { LocalizedText } from '../schema/primitives.js';

/**
 * Picks the best text for `locale`: the exact tag, then its base language (`zh-Hant` → `zh`),
 * then English. Traditional Chinese falls back to simplified before English.
 */
export function localize(text: LocalizedText, locale = 'en'): string {
  // Own keys only: a locale such as `constructor` must not read Object.prototype.
  const t = (key: string): string | undefined =>
    Object.hasOwn(text, key) ? (text as Record<string, string | undefined>)[key] : undefined;
  const base = locale.split('-')[0] ?? 'en';
  return t(locale) ?? t(base) ?? (base === 'zh' ? (t('zh') ?? t('zh-Hant')) : undefined) ?? text.en;
}

/** The language tags `text` is given in, English first. */
export function languagesOf(text: LocalizedText): string[] {
  return Object.keys(text).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}
