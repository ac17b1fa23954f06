import { type Locale, type LocaleTag, resolveLocale } from '@parklinks/core';

export type ExplorerMessages = {
  title: string;
  table: string;
  filters: string;
  country: string;
  kind: string;
  from: string;
  to: string;
  all: string;
  clear: string;
};

const messages: Record<Locale, ExplorerMessages> = {
  en: {
    title: 'Technology-park partnerships',
    table: 'All partnerships shown',
    filters: 'Filters',
    country: 'Country',
    kind: 'Kind of agreement',
    from: 'From',
    to: 'To',
    all: 'All',
    clear: 'Clear filters and selection',
  },
  fr: {
    title: 'Partenariats entre parcs technologiques',
    table: 'Tous les partenariats affichés',
    filters: 'Filtres',
    country: 'Pays',
    kind: "Type d'accord",
    from: 'De',
    to: 'À',
    all: 'Tous',
    clear: 'Effacer filtres et sélection',
  },
  ru: {
    title: 'Партнёрства технопарков',
    table: 'Все показанные партнёрства',
    filters: 'Фильтры',
    country: 'Страна',
    kind: 'Вид соглашения',
    from: 'С',
    to: 'По',
    all: 'Все',
    clear: 'Сбросить фильтры и выбор',
  },
  zh: {
    title: '科技园区国际合作',
    table: '所示全部合作',
    filters: '筛选',
    country: '国家',
    kind: '协议类型',
    from: '起',
    to: '止',
    all: '全部',
    clear: '清除筛选和选择',
  },
  ar: {
    title: 'شراكات الحدائق التكنولوجية',
    table: 'كل الشراكات المعروضة',
    filters: 'عوامل التصفية',
    country: 'الدولة',
    kind: 'نوع الاتفاق',
    from: 'من',
    to: 'إلى',
    all: 'الكل',
    clear: 'مسح التصفية والتحديد',
  },
};

/** Explorer UI strings for `locale`. */
export function explorerMessages(locale: LocaleTag): ExplorerMessages {
  return messages[resolveLocale(locale)];
}
