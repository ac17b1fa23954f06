import { type LocaleTag, resolveLocale } from '@parklinks/core';
import type { Topic } from '@parklinks/data';

type Row = [en: string, zh: string, ru: string, ar: string, fr: string];
const order = ['en', 'zh', 'ru', 'ar', 'fr'] as const;

// The data set's topics in the builder's languages (the charts do not name topics; only the builder's form does).
const labels: Record<Topic, Row> = {
  investment: ['Investment', '投资', 'Инвестиции', 'الاستثمار', 'Investissement'],
  trade: ['Trade', '贸易', 'Торговля', 'التجارة', 'Commerce'],
  'market-entry': ['Market entry', '市场进入', 'Выход на рынок', 'دخول الأسواق', 'Accès au marché'],
  'technology-transfer': [
    'Technology transfer',
    '技术转移',
    'Трансфер технологий',
    'نقل التكنولوجيا',
    'Transfert de technologie',
  ],
  research: ['Research', '研究', 'Исследования', 'البحث', 'Recherche'],
  incubation: ['Incubation', '孵化', 'Инкубация', 'الاحتضان', 'Incubation'],
  startups: ['Startups', '初创企业', 'Стартапы', 'الشركات الناشئة', 'Start-up'],
  'park-development': ['Park development', '园区开发', 'Развитие парков', 'تطوير الحدائق', 'Aménagement de parcs'],
  'urban-development': [
    'Urban development',
    '城市发展',
    'Городское развитие',
    'التنمية الحضرية',
    'Développement urbain',
  ],
  'innovation-centre': ['Innovation centre', '创新中心', 'Инновационный центр', 'مركز ابتكار', "Centre d'innovation"],
  exchange: ['Exchange', '交流', 'Обмен', 'التبادل', 'Échanges'],
  education: ['Education', '教育', 'Образование', 'التعليم', 'Éducation'],
  finance: ['Finance', '金融', 'Финансы', 'التمويل', 'Finance'],
  'life-sciences': ['Life sciences', '生命科学', 'Науки о жизни', 'علوم الحياة', 'Sciences de la vie'],
  ict: ['ICT', '信息通信技术', 'ИКТ', 'تكنولوجيا المعلومات والاتصالات', 'TIC'],
  manufacturing: ['Manufacturing', '制造业', 'Производство', 'التصنيع', 'Industrie'],
  'energy-environment': [
    'Energy and environment',
    '能源与环境',
    'Энергетика и экология',
    'الطاقة والبيئة',
    'Énergie et environnement',
  ],
  'transport-logistics': [
    'Transport and logistics',
    '交通物流',
    'Транспорт и логистика',
    'النقل والخدمات اللوجستية',
    'Transport et logistique',
  ],
  agriculture: ['Agriculture', '农业', 'Сельское хозяйство', 'الزراعة', 'Agriculture'],
  'culture-tourism': [
    'Culture and tourism',
    '文化旅游',
    'Культура и туризм',
    'الثقافة والسياحة',
    'Culture et tourisme',
  ],
};

/** A topic's name in `locale`; the code itself for a topic this table does not know. */
export function topicLabel(topic: string, locale: LocaleTag | string): string {
  const row = (labels as Record<string, Row | undefined>)[topic];
  return row?.[order.indexOf(resolveLocale(locale))] ?? topic;
}
