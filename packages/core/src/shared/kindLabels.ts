import type { OrganizationKind, PartnershipKind } from '@parklinks/data';
import { type Locale, type LocaleTag, resolveLocale } from './i18n.js';

type Row = [en: string, zh: string, ru: string, ar: string, fr: string];
const order: Locale[] = ['en', 'zh', 'ru', 'ar', 'fr'];

const orgKinds: Record<OrganizationKind, Row> = {
  'science-park': ['Science park', '科技园', 'Технопарк', 'حديقة علوم', 'Parc scientifique'],
  'hi-tech-zone': [
    'Hi-tech zone',
    '高新区',
    'Зона высоких технологий',
    'منطقة تكنولوجيا متقدمة',
    'Zone de haute technologie',
  ],
  'innovation-cluster': ['Innovation cluster', '创新集群', 'Инновационный кластер', 'تجمع ابتكار', "Pôle d'innovation"],
  'city-government': ['City government', '市政府', 'Правительство города', 'حكومة مدينة', 'Gouvernement municipal'],
  'government-agency': ['Government agency', '政府机构', 'Госорган', 'جهة حكومية', 'Organisme public'],
  'development-group': [
    'Development group',
    '开发集团',
    'Девелоперская группа',
    'مجموعة تطوير',
    'Groupe de développement',
  ],
  company: ['Company', '企业', 'Компания', 'شركة', 'Entreprise'],
  university: ['University', '大学', 'Университет', 'جامعة', 'Université'],
  'research-institute': ['Research institute', '研究机构', 'Научный институт', 'معهد بحوث', 'Institut de recherche'],
  association: ['Association', '协会', 'Ассоциация', 'جمعية', 'Association'],
};
const partnershipKinds: Record<PartnershipKind, Row> = {
  memorandum: ['Memorandum', '备忘录', 'Меморандум', 'مذكرة تفاهم', "Protocole d'accord"],
  'letter-of-intent': ['Letter of intent', '意向书', 'Письмо о намерениях', 'خطاب نوايا', "Lettre d'intention"],
  'cooperation-agreement': [
    'Cooperation agreement',
    '合作协议',
    'Соглашение о сотрудничестве',
    'اتفاقية تعاون',
    'Accord de coopération',
  ],
  'friendship-agreement': [
    'Friendship agreement',
    '友好协议',
    'Соглашение о дружбе',
    'اتفاقية صداقة',
    "Accord d'amitié",
  ],
  'sister-parks': ['Sister parks', '姊妹园区', 'Парки-побратимы', 'حدائق شقيقة', 'Parcs jumelés'],
  'alliance-declaration': [
    'Alliance declaration',
    '联盟宣言',
    'Декларация альянса',
    'إعلان تحالف',
    "Déclaration d'alliance",
  ],
  'investment-agreements': [
    'Investment agreements',
    '投资协议',
    'Инвестиционные соглашения',
    'اتفاقيات استثمار',
    "Accords d'investissement",
  ],
  'joint-venture': ['Joint venture', '合资企业', 'Совместное предприятие', 'مشروع مشترك', 'Coentreprise'],
  'joint-centre': ['Joint centre', '联合中心', 'Совместный центр', 'مركز مشترك', 'Centre commun'],
  'representative-office': [
    'Representative office',
    '代表处',
    'Представительство',
    'مكتب تمثيلي',
    'Bureau de représentation',
  ],
  'cooperation-zone': ['Cooperation zone', '合作园区', 'Зона сотрудничества', 'منطقة تعاون', 'Zone de coopération'],
  programme: ['Programme', '合作计划', 'Программа', 'برنامج', 'Programme'],
  lease: ['Lease', '租赁', 'Аренда', 'إيجار', 'Bail'],
};

/** Name of an organization kind in `locale`. */
export function orgKindLabel(kind: OrganizationKind, locale: LocaleTag): string {
  return orgKinds[kind][order.indexOf(resolveLocale(locale))] ?? orgKinds[kind][0];
}
/** Name of a partnership kind in `locale`. */
export function partnershipKindLabel(kind: PartnershipKind, locale: LocaleTag): string {
  return partnershipKinds[kind][order.indexOf(resolveLocale(locale))] ?? partnershipKinds[kind][0];
}
