import { type Locale, type LocaleTag, resolveLocale } from './i18n.js';

/** UI strings shared by every component. Component-specific strings live beside each component. */
export type UiMessages = {
  dataTable: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  legend: string;
  empty: string;
  dataError: string;
  /** Shown while an embedded chart's data loads. */
  loading: string;
  moreProblems: (n: number) => string;
  renderError: string;
  dateUnknown: string;
  reported: string;
  colPartnership: string;
  colParties: string;
  colCountries: string;
  colKind: string;
  colDate: string;
  colSources: string;
  sortBy: (column: string) => string;
  unnamedParties: (kind: string, country: string, count?: number) => string;
  clearSelection: string;
};

const en: UiMessages = {
  dataTable: 'Data table',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  legend: 'Legend',
  empty: 'No partnerships to show.',
  dataError: 'This chart cannot be drawn: the data has errors.',
  loading: 'Loading data…',
  moreProblems: (n) => `…and ${n} more.`,
  renderError: 'This chart failed to draw.',
  dateUnknown: 'date unknown',
  reported: 'date of report',
  colPartnership: 'Partnership',
  colParties: 'Parties',
  colCountries: 'Countries',
  colKind: 'Kind',
  colDate: 'Date',
  colSources: 'Sources',
  sortBy: (c) => `Sort by ${c}`,
  unnamedParties: (kind, country, count) => `${count ? `${count} ` : ''}${kind.toLowerCase()}s in ${country} (unnamed)`,
  clearSelection: 'Clear selection',
};

const messages: Record<Locale, UiMessages> = {
  en,
  fr: {
    dataTable: 'Tableau des données',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    resetZoom: 'Réinitialiser le zoom',
    legend: 'Légende',
    empty: 'Aucun partenariat à afficher.',
    dataError: 'Ce graphique ne peut pas être dessiné : les données contiennent des erreurs.',
    loading: 'Chargement des données…',
    moreProblems: (n) => `…et ${n} de plus.`,
    renderError: "Le graphique n'a pas pu être dessiné.",
    dateUnknown: 'date inconnue',
    reported: 'date du compte rendu',
    colPartnership: 'Partenariat',
    colParties: 'Parties',
    colCountries: 'Pays',
    colKind: 'Type',
    colDate: 'Date',
    colSources: 'Sources',
    sortBy: (c) => `Trier par ${c.toLowerCase()}`,
    unnamedParties: (kind, country, count) =>
      `${count ? `${count} × ` : ''}${kind.toLowerCase()} (${country}, non nommés)`,
    clearSelection: 'Effacer la sélection',
  },
  ru: {
    dataTable: 'Таблица данных',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    resetZoom: 'Сбросить масштаб',
    legend: 'Легенда',
    empty: 'Нет партнёрств для показа.',
    dataError: 'График нельзя построить: в данных есть ошибки.',
    loading: 'Загрузка данных…',
    moreProblems: (n) => `…и ещё ${n}.`,
    renderError: 'Не удалось построить график.',
    dateUnknown: 'дата неизвестна',
    reported: 'дата сообщения',
    colPartnership: 'Партнёрство',
    colParties: 'Стороны',
    colCountries: 'Страны',
    colKind: 'Вид',
    colDate: 'Дата',
    colSources: 'Источники',
    sortBy: (c) => `Сортировать: ${c.toLowerCase()}`,
    unnamedParties: (kind, country, count) => `${kind}${count ? ` ×${count}` : ''} (${country}, без названия)`,
    clearSelection: 'Снять выделение',
  },
  zh: {
    dataTable: '数据表',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '重置缩放',
    legend: '图例',
    empty: '没有可显示的合作。',
    dataError: '无法绘制此图表：数据有误。',
    loading: '正在加载数据…',
    moreProblems: (n) => `……另有 ${n} 处。`,
    renderError: '图表绘制失败。',
    dateUnknown: '日期不详',
    reported: '报道日期',
    colPartnership: '合作',
    colParties: '参与方',
    colCountries: '国家',
    colKind: '类型',
    colDate: '日期',
    colSources: '来源',
    sortBy: (c) => `按${c}排序`,
    unnamedParties: (kind, country, count) => `${country}${count ? `${count}家` : ''}${kind}（未具名）`,
    clearSelection: '取消选择',
  },
  ar: {
    dataTable: 'جدول البيانات',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    resetZoom: 'إعادة ضبط التكبير',
    legend: 'مفتاح الرسم',
    empty: 'لا توجد شراكات لعرضها.',
    dataError: 'تعذر رسم هذا المخطط: في البيانات أخطاء.',
    loading: 'جارٍ تحميل البيانات…',
    moreProblems: (n) => `…و${n} أخرى.`,
    renderError: 'تعذر رسم المخطط.',
    dateUnknown: 'التاريخ غير معروف',
    reported: 'تاريخ الخبر',
    colPartnership: 'الشراكة',
    colParties: 'الأطراف',
    colCountries: 'الدول',
    colKind: 'النوع',
    colDate: 'التاريخ',
    colSources: 'المصادر',
    sortBy: (c) => `ترتيب حسب ${c}`,
    unnamedParties: (kind, country, count) => `${kind}${count ? ` (${count})` : ''} في ${country} (غير مسماة)`,
    clearSelection: 'إلغاء التحديد',
  },
};

/** Shared UI strings for `locale`. */
export function uiMessages(locale: LocaleTag): UiMessages {
  return messages[resolveLocale(locale)];
}
