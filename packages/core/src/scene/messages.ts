import { type LocaleTag, resolveLocale } from '../shared/i18n.js';

/** Strings of the static SVG's source line, in every UI locale. */
export type StaticMessages = { source: string; sources: (n: number) => string };

const messages: Record<ReturnType<typeof resolveLocale>, StaticMessages> = {
  en: {
    source: 'Source',
    sources: (n) => `parklinks open data, ${n} cited ${n === 1 ? 'publication' : 'publications'}`,
  },
  fr: {
    source: 'Source',
    sources: (n) => `données ouvertes parklinks, ${n} publication${n > 1 ? 's' : ''} citée${n > 1 ? 's' : ''}`,
  },
  ru: { source: 'Источник', sources: (n) => `открытые данные parklinks, цитируемых публикаций: ${n}` },
  zh: { source: '来源', sources: (n) => `parklinks 开放数据，引用 ${n} 篇报道` },
  ar: { source: 'المصدر', sources: (n) => `بيانات parklinks المفتوحة، عدد المنشورات المستشهد بها: ${n}` },
};

/** Static SVG strings for `locale`. */
export function staticMessages(locale: LocaleTag): StaticMessages {
  return messages[resolveLocale(locale)];
}
