import { type Locale, type LocaleTag, type PluralForms, pluralForm, resolveLocale } from '../shared/i18n.js';

/** UI strings of the map (shared ones come from `uiMessages`). */
export type MapMessages = {
  title: string;
  roleDescription: string;
  instructions: string;
  organizations: (n: number) => string;
  partnerships: (n: number) => string;
  openCluster: string;
  wheelHint: string;
  partnership: string;
  multilateral: string;
  unnamed: string;
  countriesWithPartners: string;
};

const count = (locale: Locale, forms: PluralForms) => (n: number) => pluralForm(locale, n, forms);

const messages: Record<Locale, MapMessages> = {
  en: {
    title: 'Partnerships on the map',
    roleDescription: 'map',
    instructions:
      'Arrow keys move to the nearest marker in that direction, Enter selects a park or opens a city, Escape clears, plus and minus zoom.',
    organizations: count('en', { one: '# organization', other: '# organizations' }),
    partnerships: count('en', { one: '# partnership', other: '# partnerships' }),
    openCluster: 'Click or press Enter to show each one',
    wheelHint: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom',
    partnership: 'Partnership',
    multilateral: 'Multilateral agreement, drawn from its convener',
    unnamed: 'Unnamed parties, placed in their country',
    countriesWithPartners: 'Country with partners',
  },
  fr: {
    title: 'Les partenariats sur la carte',
    roleDescription: 'carte',
    instructions:
      'Les flèches mènent au repère le plus proche dans cette direction, Entrée sélectionne un parc ou ouvre une ville, Échap efface, plus et moins zooment.',
    organizations: count('fr', { one: '# organisation', other: '# organisations' }),
    partnerships: count('fr', { one: '# partenariat', other: '# partenariats' }),
    openCluster: 'Cliquez ou appuyez sur Entrée pour les afficher',
    wheelHint: 'Maintenez Ctrl (⌘ sur Mac) et faites défiler pour zoomer',
    partnership: 'Partenariat',
    multilateral: 'Accord multilatéral, tracé depuis son initiateur',
    unnamed: 'Parties non nommées, placées dans leur pays',
    countriesWithPartners: 'Pays ayant des partenaires',
  },
  ru: {
    title: 'Партнёрства на карте',
    roleDescription: 'карта',
    instructions:
      'Стрелки переходят к ближайшему маркеру в этом направлении, Enter выбирает парк или раскрывает город, Escape снимает выбор, плюс и минус меняют масштаб.',
    organizations: count('ru', { one: '# организация', few: '# организации', other: '# организаций' }),
    partnerships: count('ru', { one: '# партнёрство', few: '# партнёрства', other: '# партнёрств' }),
    openCluster: 'Нажмите или Enter, чтобы показать каждую',
    wheelHint: 'Удерживайте Ctrl (⌘ на Mac) и прокручивайте, чтобы изменить масштаб',
    partnership: 'Партнёрство',
    multilateral: 'Многостороннее соглашение, от инициатора',
    unnamed: 'Неназванные участники, в своей стране',
    countriesWithPartners: 'Страна с партнёрами',
  },
  zh: {
    title: '合作地图',
    roleDescription: '地图',
    instructions: '方向键移到该方向上最近的标记，回车键选择园区或展开城市，Esc 键清除，加号和减号缩放。',
    organizations: count('zh', { other: '#个机构' }),
    partnerships: count('zh', { other: '#项合作' }),
    openCluster: '点击或按回车键逐一显示',
    wheelHint: '按住 Ctrl（Mac 上为 ⌘）并滚动以缩放',
    partnership: '合作',
    multilateral: '多边协议，自发起方绘出',
    unnamed: '未具名的参与方，标在其所在国',
    countriesWithPartners: '有合作方的国家',
  },
  ar: {
    title: 'الشراكات على الخريطة',
    roleDescription: 'خريطة',
    instructions:
      'تنقل مفاتيح الأسهم إلى أقرب علامة في ذلك الاتجاه، ويحدد مفتاح الإدخال حديقة أو يفتح مدينة، ويلغي مفتاح الهروب التحديد، ويكبّر مفتاحا الزائد والناقص ويصغّران.',
    organizations: count('ar', {
      zero: '# مؤسسة',
      one: 'مؤسسة واحدة',
      two: 'مؤسستان',
      few: '# مؤسسات',
      other: '# مؤسسة',
    }),
    partnerships: count('ar', {
      zero: '# شراكة',
      one: 'شراكة واحدة',
      two: 'شراكتان',
      few: '# شراكات',
      other: '# شراكة',
    }),
    openCluster: 'انقر أو اضغط مفتاح الإدخال لعرض كل منها',
    wheelHint: 'اضغط Ctrl (⌘ في ماك) ومرّر للتكبير',
    partnership: 'شراكة',
    multilateral: 'اتفاق متعدد الأطراف، مرسوم من الطرف الداعي',
    unnamed: 'أطراف غير مسماة، في بلدها',
    countriesWithPartners: 'بلد فيه شركاء',
  },
};

/** The map's UI strings in `locale`. */
export function mapMessages(locale: LocaleTag): MapMessages {
  return messages[resolveLocale(locale)];
}
