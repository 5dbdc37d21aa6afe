/**
 * Reference data for IRM: regions, OKED/NACE divisions, MCI rates and the one-stop-shop rule set.
 *
 * Plain typed data, used by migrations and seeds. Every row is data an administrator can correct
 * later; nothing here should be read as a constant by business logic.
 *
 * Sources (checked facts in /work/shared/facts):
 * - regions: ISO 3166-2:KZ (numeric codes since the Nov 2022 update), facts/regions.csv
 * - sectors: NACE Rev. 2 (Regulation (EC) 1893/2006, Annex I), which OKED (NK RK 03-2019) follows;
 *   resource = section B (divisions 05-09), facts/sectors.md
 * - MCI: facts/mci.csv (each row cites its own source)
 * - rule set: Government Resolution No. 585 of 13 Aug 2019 (as amended by No. 425 of 24 Jun 2022),
 *   facts/rules-in-force.md and reference/one-stop-shop-rules-res585-2019.txt
 */

type RegionKind = 'REGION' | 'CITY';

export interface RegionRow {
  /** ISO 3166-2:KZ code, e.g. 'KZ-75'. */
  code: string;
  kind: RegionKind;
  /** English name. */
  name: string;
  nameKk: string;
  nameRu: string;
  /** Administrative centre (English); null for the cities of republican significance. */
  centre: string | null;
}

/** The 17 regions and 3 cities of republican significance (facts/regions.csv, all 20 rows). */
export const REGIONS: RegionRow[] = [
  { code: 'KZ-10', kind: 'REGION', name: 'Abai Region', nameKk: 'Абай облысы', nameRu: 'Абайская область', centre: 'Semey' },
  { code: 'KZ-11', kind: 'REGION', name: 'Akmola Region', nameKk: 'Ақмола облысы', nameRu: 'Акмолинская область', centre: 'Kokshetau' },
  { code: 'KZ-15', kind: 'REGION', name: 'Aktobe Region', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', centre: 'Aktobe' },
  { code: 'KZ-19', kind: 'REGION', name: 'Almaty Region', nameKk: 'Алматы облысы', nameRu: 'Алматинская область', centre: 'Konayev' },
  { code: 'KZ-23', kind: 'REGION', name: 'Atyrau Region', nameKk: 'Атырау облысы', nameRu: 'Атырауская область', centre: 'Atyrau' },
  {
    code: 'KZ-27',
    kind: 'REGION',
    name: 'West Kazakhstan Region',
    nameKk: 'Батыс Қазақстан облысы',
    nameRu: 'Западно-Казахстанская область',
    centre: 'Oral',
  },
  { code: 'KZ-31', kind: 'REGION', name: 'Jambyl Region', nameKk: 'Жамбыл облысы', nameRu: 'Жамбылская область', centre: 'Taraz' },
  { code: 'KZ-33', kind: 'REGION', name: 'Jetisu Region', nameKk: 'Жетісу облысы', nameRu: 'Жетысуская область', centre: 'Taldykorgan' },
  {
    code: 'KZ-35',
    kind: 'REGION',
    name: 'Karaganda Region',
    nameKk: 'Қарағанды облысы',
    nameRu: 'Карагандинская область',
    centre: 'Karaganda',
  },
  { code: 'KZ-39', kind: 'REGION', name: 'Kostanay Region', nameKk: 'Қостанай облысы', nameRu: 'Костанайская область', centre: 'Kostanay' },
  {
    code: 'KZ-43',
    kind: 'REGION',
    name: 'Kyzylorda Region',
    nameKk: 'Қызылорда облысы',
    nameRu: 'Кызылординская область',
    centre: 'Kyzylorda',
  },
  { code: 'KZ-47', kind: 'REGION', name: 'Mangystau Region', nameKk: 'Маңғыстау облысы', nameRu: 'Мангистауская область', centre: 'Aktau' },
  { code: 'KZ-55', kind: 'REGION', name: 'Pavlodar Region', nameKk: 'Павлодар облысы', nameRu: 'Павлодарская область', centre: 'Pavlodar' },
  {
    code: 'KZ-59',
    kind: 'REGION',
    name: 'North Kazakhstan Region',
    nameKk: 'Солтүстік Қазақстан облысы',
    nameRu: 'Северо-Казахстанская область',
    centre: 'Petropavl',
  },
  {
    code: 'KZ-61',
    kind: 'REGION',
    name: 'Turkistan Region',
    nameKk: 'Түркістан облысы',
    nameRu: 'Туркестанская область',
    centre: 'Turkistan',
  },
  { code: 'KZ-62', kind: 'REGION', name: 'Ulytau Region', nameKk: 'Ұлытау облысы', nameRu: 'Улытауская область', centre: 'Zhezkazgan' },
  {
    code: 'KZ-63',
    kind: 'REGION',
    name: 'East Kazakhstan Region',
    nameKk: 'Шығыс Қазақстан облысы',
    nameRu: 'Восточно-Казахстанская область',
    centre: 'Oskemen',
  },
  { code: 'KZ-71', kind: 'CITY', name: 'Astana', nameKk: 'Астана қаласы', nameRu: 'город Астана', centre: null },
  { code: 'KZ-75', kind: 'CITY', name: 'Almaty', nameKk: 'Алматы қаласы', nameRu: 'город Алматы', centre: null },
  { code: 'KZ-79', kind: 'CITY', name: 'Shymkent', nameKk: 'Шымкент қаласы', nameRu: 'город Шымкент', centre: null },
];

export interface SectorRow {
  /** Two-digit NACE Rev. 2 / OKED division code, e.g. '05'. */
  code: string;
  /** Official English NACE Rev. 2 division name. */
  name: string;
  /** NACE Rev. 2 / OKED section letter, A-U. */
  section: string;
  /**
   * Resource sector (section B). Kept per division so an administrator can move a grey-zone
   * division (19 coke and refined petroleum, 24 basic metals) without a release (facts/sectors.md).
   */
  resource: boolean;
}

const division = (code: string, section: string, name: string): SectorRow => ({
  code,
  name,
  section,
  resource: section === 'B',
});

/** The 88 NACE Rev. 2 divisions (Regulation (EC) 1893/2006, Annex I), which OKED follows. */
export const SECTORS: SectorRow[] = [
  division('01', 'A', 'Crop and animal production, hunting and related service activities'),
  division('02', 'A', 'Forestry and logging'),
  division('03', 'A', 'Fishing and aquaculture'),
  division('05', 'B', 'Mining of coal and lignite'),
  division('06', 'B', 'Extraction of crude petroleum and natural gas'),
  division('07', 'B', 'Mining of metal ores'),
  division('08', 'B', 'Other mining and quarrying'),
  division('09', 'B', 'Mining support service activities'),
  division('10', 'C', 'Manufacture of food products'),
  division('11', 'C', 'Manufacture of beverages'),
  division('12', 'C', 'Manufacture of tobacco products'),
  division('13', 'C', 'Manufacture of textiles'),
  division('14', 'C', 'Manufacture of wearing apparel'),
  division('15', 'C', 'Manufacture of leather and related products'),
  division(
    '16',
    'C',
    'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
  ),
  division('17', 'C', 'Manufacture of paper and paper products'),
  division('18', 'C', 'Printing and reproduction of recorded media'),
  division('19', 'C', 'Manufacture of coke and refined petroleum products'),
  division('20', 'C', 'Manufacture of chemicals and chemical products'),
  division('21', 'C', 'Manufacture of basic pharmaceutical products and pharmaceutical preparations'),
  division('22', 'C', 'Manufacture of rubber and plastic products'),
  division('23', 'C', 'Manufacture of other non-metallic mineral products'),
  division('24', 'C', 'Manufacture of basic metals'),
  division('25', 'C', 'Manufacture of fabricated metal products, except machinery and equipment'),
  division('26', 'C', 'Manufacture of computer, electronic and optical products'),
  division('27', 'C', 'Manufacture of electrical equipment'),
  division('28', 'C', 'Manufacture of machinery and equipment n.e.c.'),
  division('29', 'C', 'Manufacture of motor vehicles, trailers and semi-trailers'),
  division('30', 'C', 'Manufacture of other transport equipment'),
  division('31', 'C', 'Manufacture of furniture'),
  division('32', 'C', 'Other manufacturing'),
  division('33', 'C', 'Repair and installation of machinery and equipment'),
  division('35', 'D', 'Electricity, gas, steam and air conditioning supply'),
  division('36', 'E', 'Water collection, treatment and supply'),
  division('37', 'E', 'Sewerage'),
  division('38', 'E', 'Waste collection, treatment and disposal activities; materials recovery'),
  division('39', 'E', 'Remediation activities and other waste management services'),
  division('41', 'F', 'Construction of buildings'),
  division('42', 'F', 'Civil engineering'),
  division('43', 'F', 'Specialised construction activities'),
  division('45', 'G', 'Wholesale and retail trade and repair of motor vehicles and motorcycles'),
  division('46', 'G', 'Wholesale trade, except of motor vehicles and motorcycles'),
  division('47', 'G', 'Retail trade, except of motor vehicles and motorcycles'),
  division('49', 'H', 'Land transport and transport via pipelines'),
  division('50', 'H', 'Water transport'),
  division('51', 'H', 'Air transport'),
  division('52', 'H', 'Warehousing and support activities for transportation'),
  division('53', 'H', 'Postal and courier activities'),
  division('55', 'I', 'Accommodation'),
  division('56', 'I', 'Food and beverage service activities'),
  division('58', 'J', 'Publishing activities'),
  division('59', 'J', 'Motion picture, video and television programme production, sound recording and music publishing activities'),
  division('60', 'J', 'Programming and broadcasting activities'),
  division('61', 'J', 'Telecommunications'),
  division('62', 'J', 'Computer programming, consultancy and related activities'),
  division('63', 'J', 'Information service activities'),
  division('64', 'K', 'Financial service activities, except insurance and pension funding'),
  division('65', 'K', 'Insurance, reinsurance and pension funding, except compulsory social security'),
  division('66', 'K', 'Activities auxiliary to financial services and insurance activities'),
  division('68', 'L', 'Real estate activities'),
  division('69', 'M', 'Legal and accounting activities'),
  division('70', 'M', 'Activities of head offices; management consultancy activities'),
  division('71', 'M', 'Architectural and engineering activities; technical testing and analysis'),
  division('72', 'M', 'Scientific research and development'),
  division('73', 'M', 'Advertising and market research'),
  division('74', 'M', 'Other professional, scientific and technical activities'),
  division('75', 'M', 'Veterinary activities'),
  division('77', 'N', 'Rental and leasing activities'),
  division('78', 'N', 'Employment activities'),
  division('79', 'N', 'Travel agency, tour operator and other reservation service and related activities'),
  division('80', 'N', 'Security and investigation activities'),
  division('81', 'N', 'Services to buildings and landscape activities'),
  division('82', 'N', 'Office administrative, office support and other business support activities'),
  division('84', 'O', 'Public administration and defence; compulsory social security'),
  division('85', 'P', 'Education'),
  division('86', 'Q', 'Human health activities'),
  division('87', 'Q', 'Residential care activities'),
  division('88', 'Q', 'Social work activities without accommodation'),
  division('90', 'R', 'Creative, arts and entertainment activities'),
  division('91', 'R', 'Libraries, archives, museums and other cultural activities'),
  division('92', 'R', 'Gambling and betting activities'),
  division('93', 'R', 'Sports activities and amusement and recreation activities'),
  division('94', 'S', 'Activities of membership organisations'),
  division('95', 'S', 'Repair of computers and personal and household goods'),
  division('96', 'S', 'Other personal service activities'),
  division('97', 'T', 'Activities of households as employers of domestic personnel'),
  division('98', 'T', 'Undifferentiated goods- and services-producing activities of private households for own use'),
  division('99', 'U', 'Activities of extraterritorial organisations and bodies'),
];

type MciPurpose = 'general' | 'social_payments';

export interface MciRateRow {
  /** ISO date the rate took effect. */
  validFrom: string;
  /** Value in KZT, as a decimal string. */
  valueKzt: string;
  /**
   * 'general' rows apply to thresholds in MCI; 'social_payments' rows apply to benefits and
   * social payments only and must be ignored for one-stop-shop thresholds.
   */
  purpose: MciPurpose;
  source: string;
}

/** Monthly calculation index (MCI, МРП, АЕК), every row of facts/mci.csv. */
export const MCI_RATES: MciRateRow[] = [
  { validFrom: '2015-01-01', valueKzt: '1982', purpose: 'general', source: 'mintax.kz base rates 2015' },
  { validFrom: '2016-01-01', valueKzt: '2121', purpose: 'general', source: 'kazpravda.kz (MCI and subsistence minimum 2016)' },
  { validFrom: '2017-01-01', valueKzt: '2269', purpose: 'general', source: 'Wikipedia "Monthly calculation index"' },
  { validFrom: '2018-01-01', valueKzt: '2405', purpose: 'general', source: 'Wikipedia "Monthly calculation index"' },
  { validFrom: '2019-01-01', valueKzt: '2525', purpose: 'general', source: 'republican budget law 2019-2021 (reported by tukib.kz)' },
  { validFrom: '2020-01-01', valueKzt: '2651', purpose: 'general', source: 'republican budget law 2020-2022; egov.kz article_mci_2012' },
  {
    validFrom: '2020-04-01',
    valueKzt: '2778',
    purpose: 'social_payments',
    source: 'egov.kz: raised from 1 April 2020 for benefits and other social payments only',
  },
  { validFrom: '2021-01-01', valueKzt: '2917', purpose: 'general', source: 'egov.kz; gov.kz article 17157' },
  { validFrom: '2022-01-01', valueKzt: '3063', purpose: 'general', source: 'egov.kz; gov.kz' },
  {
    validFrom: '2022-04-01',
    valueKzt: '3180',
    purpose: 'social_payments',
    source: 'egov.kz: from 1 April 2022 for benefits and other social payments (whether it applied more widely is unverified)',
  },
  { validFrom: '2023-01-01', valueKzt: '3450', purpose: 'general', source: 'egov.kz; gov.kz' },
  { validFrom: '2024-01-01', valueKzt: '3692', purpose: 'general', source: 'gov.kz; tengrinews' },
  {
    validFrom: '2025-01-01',
    valueKzt: '3932',
    purpose: 'general',
    source: 'republican budget law No. 141-VIII of 4 Dec 2024 (tengrinews)',
  },
  { validFrom: '2026-01-01', valueKzt: '4325', purpose: 'general', source: 'republican budget law for 2026 (liter.kz)' },
];

export interface RuleSetRow {
  /** Stable code of the rule set. */
  code: string;
  title: string;
  /** ISO date from which the rule set applies. */
  effectiveFrom: string;
  /** Tier: Task Force serves projects from this volume, in MCI (paragraph 5, first part). */
  taskForceMinMci: string;
  /** Tier: National Company serves projects from this volume, in MCI (paragraph 5, second part). */
  nationalCompanyMinMci: string;
  /**
   * Unified pool of investment projects: non-resource projects initiated by private enterprises
   * worth STRICTLY OVER this amount, in KZT (paragraph 2, subparagraph 8-1: "worth over KZT 500 million").
   */
  poolMinVolumeKzt: string;
  /** Answer to an investor's request within this many working days (paragraphs 12.7 and 15-1.6). */
  requestAnswerWorkingDays: number;
  /** Investor documents forwarded to / re-sent to the service provider, and investor notified of a return, within this many working days (paragraph 24). */
  handoffWorkingDays: number;
  /** Regional front offices report to the National Company by this day of the month after the quarter (paragraph 18). */
  regionalReportDueDay: number;
  /** External front offices report to the authorized body by this day of the month after the quarter (paragraph 19). */
  externalReportDueDay: number;
  /** National Company's consolidated report to the authorized body by this day of the month after the quarter (paragraph 18). */
  consolidatedReportDueDay: number;
  source: string;
  /** What is uncertain about this row and should be checked by an administrator. */
  note: string;
}

/**
 * One-stop-shop rule sets, seeded with the 2019 rules. A later rule set (Order No. 11-1-4/327 of
 * 26 Jun 2023; restated by Order No. 11-1-4/746 of 31 Dec 2024) is added as a new row.
 */
export const RULE_SETS: RuleSetRow[] = [
  {
    code: 'RES585_2019',
    title:
      'Rules on organization of the "one-stop shop" for investors and the coordination order in the attraction of investment (Government Resolution No. 585 of 13 Aug 2019)',
    // Paragraph 3 of the resolution: in force ten calendar days after first official publication.
    // The text at hand does not give the publication date, so the adoption date is used.
    effectiveFrom: '2019-08-13',
    taskForceMinMci: '7500000',
    nationalCompanyMinMci: '150000',
    poolMinVolumeKzt: '500000000',
    requestAnswerWorkingDays: 5,
    handoffWorkingDays: 1,
    regionalReportDueDay: 15,
    externalReportDueDay: 15,
    consolidatedReportDueDay: 20,
    source:
      'Government Resolution No. 585 of 13 Aug 2019 as amended by No. 425 of 24 Jun 2022 (adilet.zan.kz P1900000585): ' +
      'para 2(8-1) unified pool = non-resource projects initiated by private enterprises worth over KZT 500 million; ' +
      'para 5 tiers: Task Force from 7,500,000 MCI, National Company from 150,000 MCI, regional organizations below 150,000 MCI; ' +
      "paras 12(7) and 15-1(6) information at the investor's request within 5 working days; " +
      'para 24 documents forwarded to the service provider (and investor notified of a return) within one business day; ' +
      'para 18 regional reports by the 15th and the consolidated report by the 20th of the month after the quarter; ' +
      'para 19 external reports by the 15th of the month after the quarter. ' +
      'effectiveFrom is the adoption date; the act took effect ten calendar days after first official publication (date not verified).',
    note:
      'effectiveFrom is the adoption date (13 Aug 2019): the resolution took effect ten calendar days after its first ' +
      'official publication, which the text at hand does not date; correct it once the publication date is confirmed. ' +
      'Values follow the consolidated text after Resolution No. 425 of 24 Jun 2022 (paragraphs 2-1, 15-1 and the wording ' +
      'of 5 and 12 come from that amendment); the original 2019 wording was not available. ' +
      'Repealed by Resolution No. 586 of 14 Jul 2023 and replaced by MFA Order No. 11-1-4/327 of 26 Jun 2023.',
  },
];
