import { type LocaleTag, resolveLocale } from '@parklinks/core';

/** Strings of the builder page, in every UI locale. */
export type BuilderMessages = {
  title: string;
  intro: string;
  uiLanguage: string;
  view: string;
  views: Record<'map' | 'network' | 'timeline' | 'explorer', string>;
  countries: string;
  kinds: string;
  topics: string;
  noneMeansAll: string;
  years: string;
  from: string;
  to: string;
  any: string;
  locale: string;
  theme: string;
  themes: Record<'light' | 'dark' | 'auto', string>;
  height: string;
  heading: string;
  headingHint: string;
  preview: string;
  shown: (n: number) => string;
  codes: string;
  base: string;
  baseHint: string;
  scriptCode: string;
  iframeCode: string;
  pymCode: string;
  copy: string;
  copied: string;
  copyFallback: string;
  downloads: string;
  svg: string;
  png: string;
  png2x: string;
  csv: string;
  noImage: string;
  credit: string;
  failed: string;
};

const en: BuilderMessages = {
  title: 'parklinks chart builder',
  intro: 'Pick what the chart shows, check the preview, then copy a code into your article.',
  uiLanguage: 'Language of this page',
  view: 'Chart',
  views: { map: 'Map', network: 'Network', timeline: 'Timeline', explorer: 'Explorer' },
  countries: 'Countries',
  kinds: 'Kinds of partnership',
  topics: 'Topics',
  noneMeansAll: 'None ticked: all.',
  years: 'Years',
  from: 'From',
  to: 'To',
  any: 'any',
  locale: 'Language of the chart',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', auto: "Reader's system" },
  height: 'Chart height (px)',
  heading: 'Heading',
  headingHint: "Empty: the chart's own title.",
  preview: 'Preview',
  shown: (n) => `${n} ${n === 1 ? 'partnership' : 'partnerships'} shown`,
  codes: 'Embed codes',
  base: 'Address of the parklinks files',
  baseHint: 'The folder holding parklinks.js and embed.html: your server or a CDN.',
  scriptCode: 'Script and element (pages you control)',
  iframeCode: 'Iframe (any CMS)',
  pymCode: 'Iframe with pym.js',
  copy: 'Copy',
  copied: 'Copied.',
  copyFallback: 'Selected: press Ctrl+C (⌘C) to copy.',
  downloads: 'Image and data',
  svg: 'SVG',
  png: 'PNG',
  png2x: 'PNG 2×',
  csv: 'Get the data (CSV)',
  noImage: 'The explorer has no static image: pick the map, network or timeline for one.',
  credit: 'Chart',
  failed: 'The file could not be made.',
};

const messages: Record<ReturnType<typeof resolveLocale>, BuilderMessages> = {
  en,
  fr: {
    title: 'Créateur de graphiques parklinks',
    intro: "Choisissez ce que montre le graphique, vérifiez l'aperçu, puis copiez un code dans votre article.",
    uiLanguage: 'Langue de cette page',
    view: 'Graphique',
    views: { map: 'Carte', network: 'Réseau', timeline: 'Chronologie', explorer: 'Explorateur' },
    countries: 'Pays',
    kinds: 'Types de partenariat',
    topics: 'Thèmes',
    noneMeansAll: 'Aucune case cochée : tous.',
    years: 'Années',
    from: 'De',
    to: 'À',
    any: 'toutes',
    locale: 'Langue du graphique',
    theme: 'Thème',
    themes: { light: 'Clair', dark: 'Sombre', auto: 'Celui du lecteur' },
    height: 'Hauteur du graphique (px)',
    heading: 'Titre',
    headingHint: 'Vide : le titre du graphique.',
    preview: 'Aperçu',
    shown: (n) => `${n} partenariat${n > 1 ? 's' : ''} affiché${n > 1 ? 's' : ''}`,
    codes: "Codes d'intégration",
    base: 'Adresse des fichiers parklinks',
    baseHint: 'Le dossier de parklinks.js et embed.html : votre serveur ou un CDN.',
    scriptCode: 'Script et élément (pages que vous maîtrisez)',
    iframeCode: 'Iframe (tout CMS)',
    pymCode: 'Iframe avec pym.js',
    copy: 'Copier',
    copied: 'Copié.',
    copyFallback: 'Sélectionné : appuyez sur Ctrl+C (⌘C) pour copier.',
    downloads: 'Image et données',
    svg: 'SVG',
    png: 'PNG',
    png2x: 'PNG 2×',
    csv: 'Les données (CSV)',
    noImage: "L'explorateur n'a pas d'image fixe : choisissez la carte, le réseau ou la chronologie.",
    credit: 'Graphique',
    failed: "Le fichier n'a pas pu être créé.",
  },
  ru: {
    title: 'Конструктор графиков parklinks',
    intro: 'Выберите, что показать, проверьте превью и скопируйте код в статью.',
    uiLanguage: 'Язык этой страницы',
    view: 'График',
    views: { map: 'Карта', network: 'Сеть', timeline: 'Хронология', explorer: 'Обзор' },
    countries: 'Страны',
    kinds: 'Виды партнёрств',
    topics: 'Темы',
    noneMeansAll: 'Ничего не отмечено — все.',
    years: 'Годы',
    from: 'С',
    to: 'По',
    any: 'любой',
    locale: 'Язык графика',
    theme: 'Тема',
    themes: { light: 'Светлая', dark: 'Тёмная', auto: 'Как у читателя' },
    height: 'Высота графика (px)',
    heading: 'Заголовок',
    headingHint: 'Пусто — собственный заголовок графика.',
    preview: 'Превью',
    shown: (n) => `Показано партнёрств: ${n}`,
    codes: 'Коды для вставки',
    base: 'Адрес файлов parklinks',
    baseHint: 'Папка с parklinks.js и embed.html: ваш сервер или CDN.',
    scriptCode: 'Скрипт и элемент (ваши страницы)',
    iframeCode: 'Iframe (любая CMS)',
    pymCode: 'Iframe с pym.js',
    copy: 'Копировать',
    copied: 'Скопировано.',
    copyFallback: 'Выделено: нажмите Ctrl+C (⌘C), чтобы скопировать.',
    downloads: 'Изображение и данные',
    svg: 'SVG',
    png: 'PNG',
    png2x: 'PNG 2×',
    csv: 'Данные (CSV)',
    noImage: 'У обзора нет статичного изображения: выберите карту, сеть или хронологию.',
    credit: 'График',
    failed: 'Не удалось создать файл.',
  },
  zh: {
    title: 'parklinks 图表生成器',
    intro: '选择图表内容，查看预览，然后把代码复制到文章中。',
    uiLanguage: '本页语言',
    view: '图表',
    views: { map: '地图', network: '关系网', timeline: '时间线', explorer: '浏览器' },
    countries: '国家',
    kinds: '合作类型',
    topics: '主题',
    noneMeansAll: '未勾选即全部。',
    years: '年份',
    from: '从',
    to: '到',
    any: '不限',
    locale: '图表语言',
    theme: '主题',
    themes: { light: '浅色', dark: '深色', auto: '跟随读者系统' },
    height: '图表高度（像素）',
    heading: '标题',
    headingHint: '留空则用图表自带标题。',
    preview: '预览',
    shown: (n) => `显示 ${n} 项合作`,
    codes: '嵌入代码',
    base: 'parklinks 文件地址',
    baseHint: '存放 parklinks.js 和 embed.html 的文件夹：您的服务器或 CDN。',
    scriptCode: '脚本和元素（您能控制的页面）',
    iframeCode: 'Iframe（任何 CMS）',
    pymCode: '使用 pym.js 的 Iframe',
    copy: '复制',
    copied: '已复制。',
    copyFallback: '已选中：按 Ctrl+C（⌘C）复制。',
    downloads: '图片和数据',
    svg: 'SVG',
    png: 'PNG',
    png2x: 'PNG 2 倍',
    csv: '获取数据（CSV）',
    noImage: '浏览器视图没有静态图片：请选择地图、关系网或时间线。',
    credit: '图表',
    failed: '无法生成文件。',
  },
  ar: {
    title: 'أداة إنشاء مخططات parklinks',
    intro: 'اختر ما يعرضه المخطط، وراجع المعاينة، ثم انسخ رمزًا إلى مقالك.',
    uiLanguage: 'لغة هذه الصفحة',
    view: 'المخطط',
    views: { map: 'خريطة', network: 'شبكة', timeline: 'خط زمني', explorer: 'مستكشف' },
    countries: 'الدول',
    kinds: 'أنواع الشراكة',
    topics: 'المواضيع',
    noneMeansAll: 'إن لم تحدد شيئًا: الكل.',
    years: 'السنوات',
    from: 'من',
    to: 'إلى',
    any: 'أي سنة',
    locale: 'لغة المخطط',
    theme: 'المظهر',
    themes: { light: 'فاتح', dark: 'داكن', auto: 'حسب نظام القارئ' },
    height: 'ارتفاع المخطط (بكسل)',
    heading: 'العنوان',
    headingHint: 'فارغ: عنوان المخطط نفسه.',
    preview: 'معاينة',
    shown: (n) => `عدد الشراكات المعروضة: ${n}`,
    codes: 'رموز التضمين',
    base: 'عنوان ملفات parklinks',
    baseHint: 'المجلد الذي فيه parklinks.js و embed.html: خادمك أو شبكة CDN.',
    scriptCode: 'سكربت وعنصر (صفحات تتحكم بها)',
    iframeCode: 'إطار iframe (أي نظام إدارة محتوى)',
    pymCode: 'إطار iframe مع pym.js',
    copy: 'نسخ',
    copied: 'تم النسخ.',
    copyFallback: 'تم التحديد: اضغط Ctrl+C (⌘C) للنسخ.',
    downloads: 'الصورة والبيانات',
    svg: 'SVG',
    png: 'PNG',
    png2x: 'PNG بحجم مضاعف',
    csv: 'البيانات (CSV)',
    noImage: 'لا صورة ثابتة للمستكشف: اختر الخريطة أو الشبكة أو الخط الزمني.',
    credit: 'المخطط',
    failed: 'تعذّر إنشاء الملف.',
  },
};

/** Builder strings for `locale` (English for any other tag). */
export function builderMessages(locale: LocaleTag | string): BuilderMessages {
  return messages[resolveLocale(locale)];
}
