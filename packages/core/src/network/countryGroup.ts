/** Regional groups used to colour network nodes by country. */
export const countryGroups = ['china', 'russia', 'europe', 'asia-pacific', 'middle-east-africa', 'americas'] as const;
export type CountryGroup = (typeof countryGroups)[number];

const europe =
  'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK';
const asiaPacific =
  'AF AM AS AU AZ BD BN BT CC CK CX FJ FM GE GU HK ID IN JP KG KH KI KP KR KZ LA LK MH MM MN MO MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TJ TK TL TM TO TV TW UZ VN VU WF WS';
const middleEastAfrica =
  'AE AO BF BH BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IL IQ IR JO KE KM KW LB LR LS LY MA MG ML MR MU MW MZ NA NE NG OM PS QA RE RW SA SC SD SH SL SN SO SS ST SY SZ TD TG TN TR TZ UG YE YT ZA ZM ZW';
const americas =
  'AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI';

const table = new Map<string, CountryGroup>([
  ['CN', 'china'],
  ['RU', 'russia'],
]);
for (const [list, group] of [
  [europe, 'europe'],
  [asiaPacific, 'asia-pacific'],
  [middleEastAfrica, 'middle-east-africa'],
  [americas, 'americas'],
] as const)
  for (const code of list.split(' ')) table.set(code, group);

/**
 * The regional group of an ISO 3166-1 alpha-2 code. China and Russia stand alone because most
 * agreements in the data have one of them as a party; groups follow the ISO code as written
 * (HK, MO and TW fall in `asia-pacific`). Unknown codes give `undefined`, drawn neutrally.
 */
export function countryGroup(country: string): CountryGroup | undefined {
  return table.get(country.toUpperCase());
}
