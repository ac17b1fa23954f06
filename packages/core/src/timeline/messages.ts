import { type Locale, type LocaleTag, resolveLocale } from '../shared/i18n.js';

/** UI strings of the timeline (shared ones come from `uiMessages`). */
export type TimelineMessages = {
  title: string;
  roleDescription: string;
  instructions: string;
  dateUnknown: string;
  more: (n: number) => string;
  day: string;
  month: string;
  year: string;
  reportedLegend: string;
  reportedNote: string;
  basis: Record<'signed' | 'announced' | 'reported', string>;
  noCountry: string;
  noChineseParty: string;
  overview: string;
  clearRange: string;
  showing: (from: string, to: string) => string;
  undatedCount: (n: number) => string;
  parties: string;
  sources: string;
};

const en: TimelineMessages = {
  title: 'Partnerships over time',
  roleDescription: 'timeline',
  instructions:
    'Arrow keys move between partnerships in time order, Home and End jump to the first and last, Enter selects, Escape clears; + and − zoom; [ and ] start or end the date range at the current partnership, Delete shows all dates again.',
  dateUnknown: 'Date unknown',
  more: (n) => `+${n} more`,
  day: 'Day known',
  month: 'Month known',
  year: 'Year known',
  reportedLegend: 'Known only from a report’s date',
  reportedNote: 'Date known only from the report that mentions it.',
  basis: { signed: 'signed', announced: 'announced', reported: 'reported' },
  noCountry: 'Country unknown',
  noChineseParty: 'No named Chinese party',
  overview: 'Overview of all dates: drag to show a range',
  clearRange: 'All dates',
  showing: (from, to) => `Showing ${from} – ${to}`,
  undatedCount: (n) => `${n} without a known date`,
  parties: 'Parties',
  sources: 'Sources',
};

const messages: Record<Locale, TimelineMessages> = {
  en,
  fr: {
    title: 'Les partenariats dans le temps',
    roleDescription: 'frise chronologique',
    instructions:
      'Les flèches parcourent les partenariats dans l’ordre chronologique, Début et Fin vont au premier et au dernier, Entrée sélectionne, Échap efface ; + et − zooment ; [ et ] font commencer ou finir la période au partenariat courant, Suppr rétablit toutes les dates.',
    dateUnknown: 'Date inconnue',
    more: (n) => `+${n} autres`,
    day: 'Jour connu',
    month: 'Mois connu',
    year: 'Année connue',
    reportedLegend: 'Connue seulement par la date d’un article',
    reportedNote: 'Date connue seulement par l’article qui le mentionne.',
    basis: { signed: 'signé', announced: 'annoncé', reported: 'rapporté' },
    noCountry: 'Pays inconnu',
    noChineseParty: 'Sans partie chinoise nommée',
    overview: 'Vue d’ensemble des dates : faites glisser pour choisir une période',
    clearRange: 'Toutes les dates',
    showing: (from, to) => `Période : ${from} – ${to}`,
    undatedCount: (n) => `${n} sans date connue`,
    parties: 'Parties',
    sources: 'Sources',
  },
  ru: {
    title: 'Партнёрства во времени',
    roleDescription: 'хронология',
    instructions:
      'Стрелки переходят между партнёрствами по времени, Home и End — к первому и последнему, Enter выбирает, Escape снимает выбор; + и − меняют масштаб; [ и ] начинают или заканчивают период на текущем партнёрстве, Delete возвращает все даты.',
    dateUnknown: 'Дата неизвестна',
    more: (n) => `ещё ${n}`,
    day: 'Известен день',
    month: 'Известен месяц',
    year: 'Известен год',
    reportedLegend: 'Известна только дата сообщения',
    reportedNote: 'Дата известна только по сообщению, в котором упомянуто партнёрство.',
    basis: { signed: 'подписано', announced: 'объявлено', reported: 'сообщено' },
    noCountry: 'Страна неизвестна',
    noChineseParty: 'Без названной китайской стороны',
    overview: 'Обзор всех дат: выделите мышью период',
    clearRange: 'Все даты',
    showing: (from, to) => `Период: ${from} – ${to}`,
    undatedCount: (n) => `без известной даты: ${n}`,
    parties: 'Стороны',
    sources: 'Источники',
  },
  zh: {
    title: '合作时间线',
    roleDescription: '时间线',
    instructions:
      '方向键按时间顺序在合作之间移动，Home 和 End 跳到第一项和最后一项，Enter 选择，Esc 取消；+ 和 − 缩放；[ 和 ] 以当前合作为时间段的起点或终点，Delete 恢复全部日期。',
    dateUnknown: '日期不详',
    more: (n) => `另有 ${n} 项`,
    day: '日期确切到日',
    month: '确切到月',
    year: '确切到年',
    reportedLegend: '仅知报道日期',
    reportedNote: '仅知提及该合作的报道日期。',
    basis: { signed: '签署', announced: '宣布', reported: '报道' },
    noCountry: '国家不详',
    noChineseParty: '无具名中方',
    overview: '全部日期概览：拖动以选择时间段',
    clearRange: '全部日期',
    showing: (from, to) => `显示 ${from} – ${to}`,
    undatedCount: (n) => `${n} 项日期不详`,
    parties: '参与方',
    sources: '来源',
  },
  ar: {
    title: 'الشراكات عبر الزمن',
    roleDescription: 'خط زمني',
    instructions:
      'تنقل مفاتيح الأسهم بين الشراكات بترتيب زمني، ويقفز Home وEnd إلى الأولى والأخيرة، ويحدد Enter، ويلغي Escape التحديد؛ ويكبّر + ويصغّر −؛ ويبدأ [ الفترة أو ينهيها ] عند الشراكة الحالية، ويعيد Delete كل التواريخ.',
    dateUnknown: 'التاريخ غير معروف',
    more: (n) => `+${n} أخرى`,
    day: 'اليوم معروف',
    month: 'الشهر معروف',
    year: 'السنة معروفة',
    reportedLegend: 'معروف من تاريخ خبر فقط',
    reportedNote: 'التاريخ معروف فقط من الخبر الذي ذكر الشراكة.',
    basis: { signed: 'وُقّعت', announced: 'أُعلنت', reported: 'ذُكرت' },
    noCountry: 'البلد غير معروف',
    noChineseParty: 'بلا طرف صيني مسمى',
    overview: 'نظرة عامة على كل التواريخ: اسحب لاختيار فترة',
    clearRange: 'كل التواريخ',
    showing: (from, to) => `الفترة: ${from} – ${to}`,
    undatedCount: (n) => `${n} بلا تاريخ معروف`,
    parties: 'الأطراف',
    sources: 'المصادر',
  },
};

/** Timeline UI strings for `locale`. */
export function timelineMessages(locale: LocaleTag): TimelineMessages {
  return messages[resolveLocale(locale)];
}
