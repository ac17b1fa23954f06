import { formatNumber, type Locale, type LocaleTag, pluralCategory, resolveLocale } from '../shared/i18n.js';
import type { CountryGroup } from './countryGroup.js';
import type { LinkStyleKey } from './linkStyle.js';

/** UI strings of the network, in every locale. */
export type NetworkMessages = {
  title: string;
  roleDescription: string;
  nodesLabel: string;
  instructions: string;
  next: (name: string) => string;
  neighbour: (i: number, n: number, name: string, via: string) => string;
  noPartners: string;
  members: (n: number) => string;
  selected: string;
  cleared: string;
  hub: string;
  unnamed: string;
  colourLegend: string;
  linkLegend: string;
  groups: Record<CountryGroup | 'other', string>;
  links: Record<LinkStyleKey, string>;
};

const fmt = formatNumber;

const messages: Record<Locale, NetworkMessages> = {
  en: {
    title: 'Partnership network',
    roleDescription: 'network graph',
    nodesLabel: 'Organizations and their partnerships',
    instructions:
      'Arrow keys pick a partner of the current organization, Enter goes there and selects it, Escape clears the selection. Page Up and Page Down step through all nodes, largest first. Ctrl or ⌘ with the mouse wheel zooms.',
    next: (name) => `next: ${name}`,
    neighbour: (i, n, name, via) => `${i} of ${n}: ${name} (${via}). Enter to go there.`,
    noPartners: 'no partners shown',
    members: (n) => (n === 1 ? '1 party' : `${n} parties`),
    selected: 'selected',
    cleared: 'Selection cleared',
    hub: 'Multilateral agreement',
    unnamed: 'Unnamed parties, by country',
    colourLegend: 'Legend',
    linkLegend: 'Agreements',
    groups: {
      china: 'China',
      russia: 'Russia',
      europe: 'Europe',
      'asia-pacific': 'Asia-Pacific',
      'middle-east-africa': 'Middle East & Africa',
      americas: 'Americas',
      other: 'Other',
    },
    links: {
      intent: 'Memorandum, letter of intent',
      agreement: 'Cooperation agreement',
      alliance: 'Multilateral declaration',
      investment: 'Investment, joint venture',
      presence: 'Joint centre, office, zone',
    },
  },
  zh: {
    title: '合作网络',
    roleDescription: '网络图',
    nodesLabel: '机构及其合作',
    instructions:
      '方向键选择当前机构的合作方，回车键跳转并选中，Esc 键取消选择。Page Up 和 Page Down 按规模依次浏览所有节点。按住 Ctrl 或 ⌘ 滚动鼠标滚轮可缩放。',
    next: (name) => `下一个：${name}`,
    neighbour: (i, n, name, via) => `第${i}/${n}个：${name}（${via}）。按回车键跳转。`,
    noPartners: '未显示合作方',
    members: (n) => `${n}方`,
    selected: '已选中',
    cleared: '已取消选择',
    hub: '多边协议',
    unnamed: '未具名参与方（按国家）',
    colourLegend: '图例',
    linkLegend: '协议',
    groups: {
      china: '中国',
      russia: '俄罗斯',
      europe: '欧洲',
      'asia-pacific': '亚太',
      'middle-east-africa': '中东和非洲',
      americas: '美洲',
      other: '其他',
    },
    links: {
      intent: '备忘录、意向书',
      agreement: '合作协议',
      alliance: '多边宣言',
      investment: '投资、合资',
      presence: '联合中心、代表处、园区',
    },
  },
  ru: {
    title: 'Сеть партнёрств',
    roleDescription: 'сетевой граф',
    nodesLabel: 'Организации и их партнёрства',
    instructions:
      'Стрелки выбирают партнёра текущей организации, Enter переходит к нему и выделяет его, Escape снимает выделение. Page Up и Page Down перебирают все узлы от крупных к мелким. Ctrl или ⌘ с колесом мыши меняют масштаб.',
    next: (name) => `далее: ${name}`,
    neighbour: (i, n, name, via) => `${i} из ${n}: ${name} (${via}). Enter — перейти.`,
    noPartners: 'партнёры не показаны',
    members: (n) => {
      const r = pluralCategory('ru', n);
      return `${fmt('ru', n)} ${r === 'one' ? 'сторона' : r === 'few' ? 'стороны' : 'сторон'}`;
    },
    selected: 'выделено',
    cleared: 'Выделение снято',
    hub: 'Многостороннее соглашение',
    unnamed: 'Неназванные стороны, по странам',
    colourLegend: 'Легенда',
    linkLegend: 'Соглашения',
    groups: {
      china: 'Китай',
      russia: 'Россия',
      europe: 'Европа',
      'asia-pacific': 'Азиатско-Тихоокеанский регион',
      'middle-east-africa': 'Ближний Восток и Африка',
      americas: 'Америка',
      other: 'Другие',
    },
    links: {
      intent: 'Меморандум, письмо о намерениях',
      agreement: 'Соглашение о сотрудничестве',
      alliance: 'Многосторонняя декларация',
      investment: 'Инвестиции, совместное предприятие',
      presence: 'Совместный центр, офис, зона',
    },
  },
  ar: {
    title: 'شبكة الشراكات',
    roleDescription: 'مخطط شبكي',
    nodesLabel: 'المؤسسات وشراكاتها',
    instructions:
      'تختار مفاتيح الأسهم شريكًا للمؤسسة الحالية، وينتقل مفتاح Enter إليه ويحدده، ويلغي مفتاح Escape التحديد. ينتقل مفتاحا Page Up وPage Down بين كل العقد من الأكبر إلى الأصغر. للتكبير استخدم عجلة الفأرة مع Ctrl أو ⌘.',
    next: (name) => `التالي: ${name}`,
    neighbour: (i, n, name, via) => `${fmt('ar', i)} من ${fmt('ar', n)}: ${name} (${via}). اضغط Enter للانتقال.`,
    noPartners: 'لا شركاء ظاهرون',
    members: (n) => {
      const r = pluralCategory('ar', n);
      if (r === 'one') return 'طرف واحد';
      if (r === 'two') return 'طرفان';
      return `${fmt('ar', n)} ${r === 'few' ? 'أطراف' : r === 'many' ? 'طرفًا' : 'طرف'}`;
    },
    selected: 'محدد',
    cleared: 'أُلغي التحديد',
    hub: 'اتفاق متعدد الأطراف',
    unnamed: 'أطراف غير مسماة، حسب الدولة',
    colourLegend: 'مفتاح الرسم',
    linkLegend: 'الاتفاقات',
    groups: {
      china: 'الصين',
      russia: 'روسيا',
      europe: 'أوروبا',
      'asia-pacific': 'آسيا والمحيط الهادئ',
      'middle-east-africa': 'الشرق الأوسط وأفريقيا',
      americas: 'الأمريكتان',
      other: 'أخرى',
    },
    links: {
      intent: 'مذكرة تفاهم، خطاب نوايا',
      agreement: 'اتفاقية تعاون',
      alliance: 'إعلان متعدد الأطراف',
      investment: 'استثمار، مشروع مشترك',
      presence: 'مركز أو مكتب أو منطقة مشتركة',
    },
  },
  fr: {
    title: 'Réseau des partenariats',
    roleDescription: 'graphe de réseau',
    nodesLabel: 'Organisations et leurs partenariats',
    instructions:
      "Les flèches choisissent un partenaire de l'organisation courante, Entrée s'y rend et la sélectionne, Échap efface la sélection. Page précédente et Page suivante parcourent tous les nœuds, des plus grands aux plus petits. Ctrl ou ⌘ avec la molette zoome.",
    next: (name) => `suivant : ${name}`,
    neighbour: (i, n, name, via) => `${i} sur ${n} : ${name} (${via}). Entrée pour s'y rendre.`,
    noPartners: 'aucun partenaire affiché',
    members: (n) => (n < 2 ? `${n} partie` : `${fmt('fr', n)} parties`),
    selected: 'sélectionné',
    cleared: 'Sélection effacée',
    hub: 'Accord multilatéral',
    unnamed: 'Parties non nommées, par pays',
    colourLegend: 'Légende',
    linkLegend: 'Accords',
    groups: {
      china: 'Chine',
      russia: 'Russie',
      europe: 'Europe',
      'asia-pacific': 'Asie-Pacifique',
      'middle-east-africa': 'Moyen-Orient et Afrique',
      americas: 'Amériques',
      other: 'Autres',
    },
    links: {
      intent: "Protocole, lettre d'intention",
      agreement: 'Accord de coopération',
      alliance: 'Déclaration multilatérale',
      investment: 'Investissement, coentreprise',
      presence: 'Centre, bureau, zone commune',
    },
  },
};

/** Network UI strings for `locale` (English for anything else). */
export function networkMessages(locale: LocaleTag): NetworkMessages {
  return messages[resolveLocale(locale)];
}
