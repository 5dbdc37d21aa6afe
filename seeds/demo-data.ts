/**
 * Demo data for IRM: offices, users, sites, investors and projects that look like Kazakhstan's.
 *
 * All companies, people, e-mail addresses and phone numbers are fictional; any resemblance to real
 * ones is coincidental. E-mail domains end in `.demo` (not a delegated top-level domain), so no demo
 * address can reach a real mailbox. Public bodies (the Ministry, Kazakh Invest, embassies, regional
 * investment centres, special economic zones) are named as they are, but their figures here (areas,
 * free land) are illustrative, not official.
 *
 * The arrays are in a stable order: seeds may derive fixed ids from position or key.
 * Amounts are KZT decimal strings with two places; areas are hectares with up to two places.
 *
 * Support tiers to expect (Resolution No. 585, paragraph 5; MCI 3692 in 2024, 3932 in 2025,
 * 4325 in 2026): National Company from 150,000 MCI (KZT 553.8 / 589.8 / 648.75 million),
 * Task Force from 7,500,000 MCI (KZT 27.69 / 29.49 / 32.4375 billion). Some projects sit exactly
 * on a boundary or between the years' thresholds on purpose (see the comments on them).
 */

import type * as Offices from '../src/offices/office.entity';
import type * as Users from '../src/users/user.entity';
import type * as Sites from '../src/sites/industrial-site.entity';
import type * as Investors from '../src/investors/investor.entity';
import type * as Projects from '../src/projects/project.entity';

// ---------------------------------------------------------------------------------------------
// Vocabularies: the entities' enums, as the string literals written below
// ---------------------------------------------------------------------------------------------

export type OfficeKind = `${Offices.OfficeKind}`;
export type OfficeLevel = `${Offices.OfficeLevel}`;
export type UserRole = `${Users.UserRole}`;
export type SiteKind = `${Sites.IndustrialSiteKind}`;
export type SiteStatus = `${Sites.IndustrialSiteStatus}`;
export type InvestorOrigin = `${Investors.InvestorOrigin}`;
export type InvestorOwnership = `${Investors.Ownership}`;
export type InvestorStatus = `${Investors.InvestorStatus}`;
export type ProjectKind = `${Projects.ProjectKind}`;
export type ProjectStage = `${Projects.ProjectStage}`;

export interface DemoOffice {
  code: string;
  name: string;
  kind: OfficeKind;
  level: OfficeLevel;
  /** ISO 3166-1 alpha-2 host country, for EXTERNAL offices. */
  countryCode?: string;
  /** ISO 3166-2:KZ region, for REGIONAL offices. */
  regionCode?: string;
}

export interface DemoUser {
  email: string;
  name: string;
  role: UserRole;
  officeCode: string;
}

export interface DemoSite {
  key: string;
  name: string;
  kind: SiteKind;
  status: SiteStatus;
  regionCode: string;
  areaHa: string;
  freeAreaHa: string;
  utilities: string[];
  location: string;
}

export interface DemoContact {
  name: string;
  email?: string;
  phone?: string;
  position?: string;
}

export interface DemoInvestor {
  key: string;
  name: string;
  origin: InvestorOrigin;
  countryCode: string;
  ownership: InvestorOwnership;
  status: InvestorStatus;
  sectorCodes: string[];
  isAnchor: boolean;
  isMultinational: boolean;
  ownerOfficeCode: string;
  contacts: DemoContact[];
  notes: string;
}

export interface DemoProject {
  title: string;
  kind: ProjectKind;
  stage: ProjectStage;
  sectorCode: string;
  regionCode: string;
  investmentVolumeKzt: string;
  assessedOn: string;
  initiatorKey?: string;
  siteKey?: string;
  isPublicPrivatePartnership: boolean;
}

// ---------------------------------------------------------------------------------------------
// Offices
// ---------------------------------------------------------------------------------------------

/** Regional organizations in the attraction of investment (paragraph 2(3)), one per region. */
const REGIONAL_ORGANIZATIONS: [regionCode: string, name: string][] = [
  ['KZ-10', 'Abai Region Investment Attraction Centre'],
  ['KZ-11', 'Akmola Region Investment Attraction Centre'],
  ['KZ-15', 'Aktobe Region Investment Attraction Centre'],
  ['KZ-19', 'Almaty Region Investment Attraction Centre'],
  ['KZ-23', 'Atyrau Region Investment Attraction Centre'],
  ['KZ-27', 'West Kazakhstan Region Investment Attraction Centre'],
  ['KZ-31', 'Jambyl Region Investment Attraction Centre'],
  ['KZ-33', 'Jetisu Region Investment Attraction Centre'],
  ['KZ-35', 'Karaganda Region Investment Attraction Centre'],
  ['KZ-39', 'Kostanay Region Investment Attraction Centre'],
  ['KZ-43', 'Kyzylorda Region Investment Attraction Centre'],
  ['KZ-47', 'Mangystau Region Investment Attraction Centre'],
  ['KZ-55', 'Pavlodar Region Investment Attraction Centre'],
  ['KZ-59', 'North Kazakhstan Region Investment Attraction Centre'],
  ['KZ-61', 'Turkistan Region Investment Attraction Centre'],
  ['KZ-62', 'Ulytau Region Investment Attraction Centre'],
  ['KZ-63', 'East Kazakhstan Region Investment Attraction Centre'],
  ['KZ-71', 'Astana City Investment Attraction Centre'],
  ['KZ-75', 'Almaty City Investment Attraction Centre'],
  ['KZ-79', 'Shymkent City Investment Attraction Centre'],
];

export const DEMO_OFFICES: DemoOffice[] = [
  // Central level (paragraph 3): authorized body, National Company, its Task Force, a service provider.
  {
    code: 'AB-MFA',
    name: 'Investment Committee of the Ministry of Foreign Affairs of the Republic of Kazakhstan',
    kind: 'AUTHORIZED_BODY',
    level: 'CENTRAL',
  },
  { code: 'NC-KI', name: 'Kazakh Invest National Company JSC', kind: 'NATIONAL_COMPANY', level: 'CENTRAL' },
  { code: 'TF-KI', name: 'Kazakh Invest Task Force', kind: 'TASK_FORCE', level: 'CENTRAL' },
  {
    // Issues the petition (application) for an investor visa; see reference/investor-visa-service-regulation-order489-2016.txt.
    code: 'SP-VISA',
    name: 'Investment Committee of the Ministry of Foreign Affairs: Investor Visa Petition Service',
    kind: 'SERVICE_PROVIDER',
    level: 'CENTRAL',
  },
  // Regional level: one regional organization per region and city of republican significance.
  ...REGIONAL_ORGANIZATIONS.map(
    ([regionCode, name]): DemoOffice => ({
      code: `RO-${regionCode}`,
      name,
      kind: 'REGIONAL_ORGANIZATION',
      level: 'REGIONAL',
      regionCode,
    }),
  ),
  {
    code: 'LEB-KZ-61',
    name: 'Department of Entrepreneurship and Industrial-Innovative Development, Akimat of Turkistan Region',
    kind: 'LOCAL_EXECUTIVE_BODY',
    level: 'REGIONAL',
    regionCode: 'KZ-61',
  },
  {
    code: 'LEB-KZ-55',
    name: 'Department of Industry and Investment, Akimat of Pavlodar Region',
    kind: 'LOCAL_EXECUTIVE_BODY',
    level: 'REGIONAL',
    regionCode: 'KZ-55',
  },
  {
    code: 'LEB-KZ-47',
    name: 'Department of Entrepreneurship and Investment, Akimat of Mangystau Region',
    kind: 'LOCAL_EXECUTIVE_BODY',
    level: 'REGIONAL',
    regionCode: 'KZ-47',
  },
  // External level: foreign institutions (embassies) and a National Company representative office.
  { code: 'EMB-CN', name: "Embassy of the Republic of Kazakhstan in the People's Republic of China (Beijing)", kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'CN' },
  { code: 'EMB-DE', name: 'Embassy of the Republic of Kazakhstan in the Federal Republic of Germany (Berlin)', kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'DE' },
  { code: 'EMB-KR', name: 'Embassy of the Republic of Kazakhstan in the Republic of Korea (Seoul)', kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'KR' },
  { code: 'EMB-TR', name: 'Embassy of the Republic of Kazakhstan in the Republic of Türkiye (Ankara)', kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'TR' },
  { code: 'EMB-AE', name: 'Embassy of the Republic of Kazakhstan in the United Arab Emirates (Abu Dhabi)', kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'AE' },
  { code: 'EMB-US', name: 'Embassy of the Republic of Kazakhstan in the United States of America (Washington, D.C.)', kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'US' },
  { code: 'EMB-GB', name: 'Embassy of the Republic of Kazakhstan in the United Kingdom of Great Britain and Northern Ireland (London)', kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'GB' },
  { code: 'EMB-JP', name: 'Embassy of the Republic of Kazakhstan in Japan (Tokyo)', kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'JP' },
  {
    code: 'NCR-DE',
    name: 'Kazakh Invest Representative Office in Germany (Frankfurt am Main)',
    kind: 'NATIONAL_COMPANY_REPRESENTATIVE',
    level: 'EXTERNAL',
    countryCode: 'DE',
  },
];

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

/** The one shared password of every demo user. Demo and test databases only. */
export const DEMO_PASSWORD = 'irm-demo-2026';

/** One persona per role and office level, in a stable order. All use DEMO_PASSWORD. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'aigerim.nurlanova@irm.demo', name: 'Aigerim Nurlanova', role: 'ADMIN', officeCode: 'AB-MFA' },
  { email: 'daniyar.sadykov@irm.demo', name: 'Daniyar Sadykov', role: 'OFFICER', officeCode: 'NC-KI' },
  { email: 'madina.zhaksylykova@irm.demo', name: 'Madina Zhaksylykova', role: 'VIEWER', officeCode: 'NC-KI' },
  { email: 'yerlan.abenov@irm.demo', name: 'Yerlan Abenov', role: 'OFFICER', officeCode: 'TF-KI' },
  { email: 'aliya.serikbayeva@irm.demo', name: 'Aliya Serikbayeva', role: 'OFFICER', officeCode: 'RO-KZ-75' },
  { email: 'nurlan.tokhtarov@irm.demo', name: 'Nurlan Tokhtarov', role: 'OFFICER', officeCode: 'RO-KZ-61' },
  { email: 'bauyrzhan.ospanov@irm.demo', name: 'Bauyrzhan Ospanov', role: 'OFFICER', officeCode: 'EMB-CN' },
  { email: 'dana.kassymova@irm.demo', name: 'Dana Kassymova', role: 'OFFICER', officeCode: 'EMB-DE' },
  { email: 'askar.zhumabekov@irm.demo', name: 'Askar Zhumabekov', role: 'OFFICER', officeCode: 'SP-VISA' },
];

// ---------------------------------------------------------------------------------------------
// Sites (special economic zones, industrial zones, land plots)
// ---------------------------------------------------------------------------------------------

export const DEMO_SITES: DemoSite[] = [
  {
    key: 'sez-astana',
    name: 'SEZ Astana – New City',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-71',
    areaHa: '7720.00',
    freeAreaHa: '1845.50',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'heating', 'road', 'rail', 'telecom'],
    location: 'Astana, industrial park along the Astana–Karaganda highway',
  },
  {
    key: 'sez-khorgos',
    name: 'SEZ Khorgos – Eastern Gate',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-33',
    areaHa: '5740.00',
    freeAreaHa: '2210.00',
    utilities: ['electricity', 'water', 'sewerage', 'road', 'rail', 'telecom'],
    location: 'Panfilov district, Jetisu Region, next to the Khorgos dry port on the border with China',
  },
  {
    key: 'sez-pavlodar',
    name: 'SEZ Pavlodar',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-55',
    areaHa: '3300.00',
    freeAreaHa: '1120.75',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'heating', 'road', 'rail'],
    location: 'Northern industrial area of Pavlodar',
  },
  {
    key: 'sez-aktau',
    name: 'SEZ Aktau Seaport',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-47',
    areaHa: '2366.00',
    freeAreaHa: '760.40',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'road', 'rail', 'port', 'telecom'],
    location: 'Aktau, adjoining the Aktau international commercial seaport on the Caspian Sea',
  },
  {
    key: 'sez-ontustyk',
    name: 'SEZ Ontustyk',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-79',
    areaHa: '200.00',
    freeAreaHa: '38.60',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'road', 'rail'],
    location: 'Shymkent, southern industrial area; textile and light industry cluster',
  },
  {
    key: 'sez-chempark-taraz',
    name: 'SEZ Chemical Park Taraz',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-31',
    areaHa: '505.00',
    freeAreaHa: '210.30',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'road', 'rail'],
    location: 'Near Taraz, Jambyl Region',
  },
  {
    key: 'sez-saryarka',
    name: 'SEZ Saryarka',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-35',
    areaHa: '1200.00',
    freeAreaHa: '455.00',
    utilities: ['electricity', 'water', 'sewerage', 'heating', 'road', 'rail'],
    location: 'Karaganda, south-eastern industrial area',
  },
  {
    key: 'sez-turkistan',
    name: 'SEZ Turkistan',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-61',
    areaHa: '2000.00',
    freeAreaHa: '930.00',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'road', 'telecom'],
    location: 'Turkistan, tourism and services zone around the historic centre',
  },
  {
    key: 'sez-qyzyljar',
    name: 'SEZ Qyzyljar',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-59',
    areaHa: '548.00',
    freeAreaHa: '301.20',
    utilities: ['electricity', 'water', 'sewerage', 'heating', 'road', 'rail'],
    location: 'Petropavl, agro-processing zone',
  },
  {
    key: 'sez-atyrau-petrochem',
    name: 'SEZ National Industrial Petrochemical Technopark',
    kind: 'SPECIAL_ECONOMIC_ZONE',
    status: 'READY',
    regionCode: 'KZ-23',
    areaHa: '3475.00',
    freeAreaHa: '1260.00',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'road', 'rail'],
    location: 'Karabatan, Atyrau Region',
  },
  {
    key: 'iz-almaty',
    name: 'Almaty Industrial Zone',
    kind: 'INDUSTRIAL_ZONE',
    status: 'READY',
    regionCode: 'KZ-75',
    areaHa: '600.00',
    freeAreaHa: '72.50',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'heating', 'road', 'telecom'],
    location: 'Almaty, Alatau district, near the Big Almaty Ring Road',
  },
  {
    key: 'iz-aktobe',
    name: 'Aktobe Industrial Zone',
    kind: 'INDUSTRIAL_ZONE',
    status: 'READY',
    regionCode: 'KZ-15',
    areaHa: '310.50',
    freeAreaHa: '86.25',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'road', 'rail'],
    location: 'Aktobe, western outskirts',
  },
  {
    key: 'iz-kostanay',
    name: 'Kostanay Industrial Zone',
    kind: 'INDUSTRIAL_ZONE',
    status: 'READY',
    regionCode: 'KZ-39',
    areaHa: '285.00',
    freeAreaHa: '64.80',
    utilities: ['electricity', 'gas', 'water', 'sewerage', 'heating', 'road', 'rail'],
    location: 'Kostanay, northern industrial area',
  },
  {
    key: 'iz-oral',
    name: 'Oral Industrial Zone',
    kind: 'INDUSTRIAL_ZONE',
    status: 'PLANNED',
    regionCode: 'KZ-27',
    areaHa: '150.00',
    freeAreaHa: '150.00',
    utilities: ['electricity', 'gas', 'road'],
    location: 'Oral, along the Samara–Shymkent highway',
  },
  {
    key: 'iz-kyzylorda',
    name: 'Kyzylorda Industrial Zone',
    kind: 'INDUSTRIAL_ZONE',
    status: 'PLANNED',
    regionCode: 'KZ-43',
    areaHa: '180.00',
    freeAreaHa: '180.00',
    utilities: ['electricity', 'road', 'rail'],
    location: 'Kyzylorda, left bank of the Syr Darya',
  },
  {
    key: 'iz-oskemen',
    name: 'Oskemen Industrial Zone',
    kind: 'INDUSTRIAL_ZONE',
    status: 'READY',
    regionCode: 'KZ-63',
    areaHa: '230.00',
    freeAreaHa: '41.90',
    utilities: ['electricity', 'water', 'sewerage', 'heating', 'road', 'rail'],
    location: 'Oskemen, right bank of the Irtysh',
  },
  {
    key: 'lp-konayev-agro',
    name: 'Agro-logistics land plot near Konayev',
    kind: 'LAND_PLOT',
    status: 'READY',
    regionCode: 'KZ-19',
    areaHa: '120.00',
    freeAreaHa: '35.00',
    utilities: ['electricity', 'gas', 'water', 'road'],
    location: 'Ili district, Almaty Region, off the Almaty–Konayev highway',
  },
  {
    key: 'lp-semey',
    name: 'Land plot for light industry, Semey',
    kind: 'LAND_PLOT',
    status: 'PLANNED',
    regionCode: 'KZ-10',
    areaHa: '24.50',
    freeAreaHa: '24.50',
    utilities: ['electricity', 'road'],
    location: 'Semey, eastern industrial area',
  },
  {
    key: 'lp-zhezkazgan',
    name: 'Metallurgical land plot, Zhezkazgan',
    kind: 'LAND_PLOT',
    status: 'PLANNED',
    regionCode: 'KZ-62',
    areaHa: '96.00',
    freeAreaHa: '96.00',
    utilities: ['electricity', 'water', 'rail'],
    location: 'Zhezkazgan, next to the existing smelting complex',
  },
];

// ---------------------------------------------------------------------------------------------
// Investors
// ---------------------------------------------------------------------------------------------

/**
 * Foreign investors are owned by the embassy of their country; domestic ones by the regional
 * organization of their region or by the National Company. Names are fictional.
 */
export const DEMO_INVESTORS: DemoInvestor[] = [
  // China
  {
    key: 'cn-jinhe-agro',
    name: 'Jinhe Agro-Tech Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'CN',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['01', '03', '10'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-CN',
    contacts: [{ name: 'Wang Lei', email: 'wang.lei@jinhe-agro.demo', phone: '+86 10 5555 0141', position: 'Director for Central Asia' }],
    notes: 'Met at the Kazakhstan–China business council in Beijing; interested in greenhouse vegetables and trout farming.',
  },
  {
    key: 'cn-tianshan-polymer',
    name: 'Tianshan Northern Polymer Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'CN',
    ownership: 'PRIVATE',
    status: 'COMMITTED',
    sectorCodes: ['20', '22', '38'],
    isAnchor: true,
    isMultinational: true,
    ownerOfficeCode: 'EMB-CN',
    contacts: [
      { name: 'Zhang Wei', email: 'zhang.wei@tianshan-polymer.demo', phone: '+86 991 555 0172', position: 'Vice President, Overseas Projects' },
      { name: 'Li Na', email: 'li.na@tianshan-polymer.demo', position: 'Project Manager' },
    ],
    notes: 'Memorandum of intent signed at the embassy; wants a site with rail access in SEZ Astana – New City.',
  },
  {
    key: 'cn-sino-steppe-solar',
    name: 'Sino-Steppe Solar Energy Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'CN',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['35', '27'],
    isAnchor: true,
    isMultinational: true,
    ownerOfficeCode: 'EMB-CN',
    contacts: [{ name: 'Chen Hao', email: 'chen.hao@sinosteppe-solar.demo', phone: '+86 21 5555 0188', position: 'Country Manager, Kazakhstan' }],
    notes: 'Operates a 100 MW solar plant in Turkistan Region; asks about grid connection for a small hydropower plant in Jetisu.',
  },
  {
    key: 'cn-longqiao-auto',
    name: 'Longqiao Automotive Components Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'CN',
    ownership: 'PRIVATE',
    status: 'LEAD',
    sectorCodes: ['29'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-CN',
    contacts: [{ name: 'Liu Yang', email: 'liu.yang@longqiao-auto.demo', position: 'Business Development Manager' }],
    notes: 'Electric bus maker looking for an assembly site near Almaty; first contact at a road show in Shanghai.',
  },
  {
    key: 'cn-hexi-copper',
    name: 'Hexi Nonferrous Processing Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'CN',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['24', '07'],
    isAnchor: true,
    isMultinational: true,
    ownerOfficeCode: 'EMB-CN',
    contacts: [{ name: 'Zhao Min', email: 'zhao.min@hexi-nonferrous.demo', phone: '+86 931 555 0120', position: 'Chief Investment Officer' }],
    notes: 'Copper cathode project in Ulytau Region; needs power supply terms and rail tariffs.',
  },
  {
    key: 'cn-xinlu-logistics',
    name: 'Xinlu Silk Road Logistics Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'CN',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['52', '49'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-CN',
    contacts: [{ name: 'Sun Jie', email: 'sun.jie@xinlu-logistics.demo', phone: '+86 998 555 0133', position: 'General Manager, Khorgos' }],
    notes: 'Resident of SEZ Khorgos – Eastern Gate; expanding its container terminal.',
  },
  // Germany
  {
    key: 'de-rheinfeld-agrartechnik',
    name: 'Rheinfeld Agrartechnik GmbH',
    origin: 'FOREIGN',
    countryCode: 'DE',
    ownership: 'PRIVATE',
    status: 'COMMITTED',
    sectorCodes: ['28'],
    isAnchor: false,
    isMultinational: true,
    ownerOfficeCode: 'EMB-DE',
    contacts: [{ name: 'Markus Weber', email: 'm.weber@rheinfeld-agrartechnik.demo', phone: '+49 221 5555 0190', position: 'Head of Export, CIS and Central Asia' }],
    notes: 'Assembly of combines and seeders in Kostanay with a local partner; localisation plan under discussion.',
  },
  {
    key: 'de-elbmark-pharma',
    name: 'Elbmark Pharma AG',
    origin: 'FOREIGN',
    countryCode: 'DE',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['21'],
    isAnchor: true,
    isMultinational: true,
    ownerOfficeCode: 'EMB-DE',
    contacts: [
      { name: 'Dr. Katrin Hoffmann', email: 'k.hoffmann@elbmark-pharma.demo', position: 'Director, Emerging Markets' },
      { name: 'Jonas Becker', email: 'j.becker@elbmark-pharma.demo', phone: '+49 40 5555 0114', position: 'Project Engineer' },
    ],
    notes: 'Insulin and biologics plant; asks about long-term offtake agreements with the single distributor.',
  },
  {
    key: 'de-nordstrand-wind',
    name: 'Nordstrand Windkraft GmbH',
    origin: 'FOREIGN',
    countryCode: 'DE',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['35'],
    isAnchor: true,
    isMultinational: false,
    ownerOfficeCode: 'EMB-DE',
    contacts: [{ name: 'Stefan Krüger', email: 's.krueger@nordstrand-wind.demo', phone: '+49 461 5555 0125', position: 'Managing Director' }],
    notes: 'Won a renewable energy auction for a 150 MW wind farm in Akmola Region.',
  },
  {
    key: 'de-hessenwerk-baustoffe',
    name: 'Hessenwerk Baustoffe GmbH',
    origin: 'FOREIGN',
    countryCode: 'DE',
    ownership: 'PRIVATE',
    status: 'LOST',
    sectorCodes: ['23'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-DE',
    contacts: [{ name: 'Thomas Schneider', email: 't.schneider@hessenwerk.demo', position: 'CFO' }],
    notes: 'Withdrew from the Kyzylorda cement modernization after failing to agree gas supply terms.',
  },
  // Republic of Korea
  {
    key: 'kr-hanbit-petrochem',
    name: 'Hanbit Petrochemical Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'KR',
    ownership: 'PRIVATE',
    status: 'COMMITTED',
    sectorCodes: ['20', '19'],
    isAnchor: true,
    isMultinational: true,
    ownerOfficeCode: 'EMB-KR',
    contacts: [
      { name: 'Kim Min-jun', email: 'minjun.kim@hanbit-petrochem.demo', phone: '+82 2 5555 0161', position: 'Executive Vice President' },
      { name: 'Park Ji-woo', email: 'jiwoo.park@hanbit-petrochem.demo', position: 'Atyrau Project Director' },
    ],
    notes: 'Polyolefins complex in the National Industrial Petrochemical Technopark; feedstock agreement pending.',
  },
  {
    key: 'kr-saerom-mobility',
    name: 'Saerom Mobility Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'KR',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['29'],
    isAnchor: false,
    isMultinational: true,
    ownerOfficeCode: 'EMB-KR',
    contacts: [{ name: 'Lee Seo-yeon', email: 'seoyeon.lee@saerom-mobility.demo', phone: '+82 31 5555 0107', position: 'Localization Manager' }],
    notes: 'Supplies wire harnesses to car assembly plants in Kostanay.',
  },
  {
    key: 'kr-haneul-bio',
    name: 'Haneul Bio Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'KR',
    ownership: 'PRIVATE',
    status: 'LEAD',
    sectorCodes: ['21', '72'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-KR',
    contacts: [{ name: 'Choi Hyun-woo', email: 'hyunwoo.choi@haneul-bio.demo', position: 'Head of Business Development' }],
    notes: 'Vaccine fill-finish line in Astana cancelled in 2024; still open to a smaller contract-manufacturing deal.',
  },
  // Türkiye
  {
    key: 'tr-kervan-tekstil',
    name: 'Kervan Tekstil Sanayi A.Ş.',
    origin: 'FOREIGN',
    countryCode: 'TR',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['13', '14'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-TR',
    contacts: [{ name: 'Mehmet Yılmaz', email: 'mehmet.yilmaz@kervan-tekstil.demo', phone: '+90 212 555 0178', position: 'Board Member' }],
    notes: 'Spinning mill in SEZ Ontustyk; denim plant suspended pending cotton supply contract.',
  },
  {
    key: 'tr-bogazici-yapi',
    name: 'Boğaziçi Yapı ve İnşaat A.Ş.',
    origin: 'FOREIGN',
    countryCode: 'TR',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['41', '42', '86'],
    isAnchor: false,
    isMultinational: true,
    ownerOfficeCode: 'EMB-TR',
    contacts: [
      { name: 'Ayşe Demir', email: 'ayse.demir@bogazici-yapi.demo', phone: '+90 312 555 0156', position: 'Country Director, Kazakhstan' },
    ],
    notes: 'Bidding for a university hospital PPP in Shymkent; developer of a business district in Astana.',
  },
  {
    key: 'tr-ege-gida',
    name: 'Ege Gıda Sanayi ve Ticaret A.Ş.',
    origin: 'FOREIGN',
    countryCode: 'TR',
    ownership: 'PRIVATE',
    status: 'COMMITTED',
    sectorCodes: ['10', '01'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-TR',
    contacts: [{ name: 'Emre Kaya', email: 'emre.kaya@ege-gida.demo', position: 'Investment Manager' }],
    notes: 'Confectionery line running in Turkistan Region; preparing a poultry complex in Jambyl Region.',
  },
  {
    key: 'tr-sarikaya-cam',
    name: 'Sarıkaya Cam Sanayi A.Ş.',
    origin: 'FOREIGN',
    countryCode: 'TR',
    ownership: 'PRIVATE',
    status: 'LEAD',
    sectorCodes: ['23'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-TR',
    contacts: [{ name: 'Burak Şahin', email: 'burak.sahin@sarikaya-cam.demo', phone: '+90 224 555 0111', position: 'Strategy Director' }],
    notes: 'Flat glass plant idea; asked for quartz sand deposits and gas tariffs in Jambyl Region.',
  },
  // United Arab Emirates
  {
    key: 'ae-al-noor-logistics',
    name: 'Al Noor Gulf Logistics LLC',
    origin: 'FOREIGN',
    countryCode: 'AE',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['52'],
    isAnchor: true,
    isMultinational: true,
    ownerOfficeCode: 'EMB-AE',
    contacts: [{ name: 'Khalid Al Mansoori', email: 'khalid.almansoori@alnoor-logistics.demo', phone: '+971 2 555 0147', position: 'Chief Executive Officer' }],
    notes: 'Runs a distribution centre in Almaty; preparing a multimodal hub at the Aktau seaport on the Middle Corridor.',
  },
  {
    key: 'ae-falcon-crest-renewables',
    name: 'Falcon Crest Renewables PJSC',
    origin: 'FOREIGN',
    countryCode: 'AE',
    ownership: 'PRIVATE',
    status: 'COMMITTED',
    sectorCodes: ['35'],
    isAnchor: true,
    isMultinational: true,
    ownerOfficeCode: 'EMB-AE',
    contacts: [
      { name: 'Fatima Al Hammadi', email: 'fatima.alhammadi@falconcrest-renewables.demo', position: 'Head of Central Asia' },
      { name: 'Omar Haddad', email: 'omar.haddad@falconcrest-renewables.demo', phone: '+971 4 555 0193', position: 'Project Finance Director' },
    ],
    notes: '1 GW wind farm with storage in Jambyl Region under an intergovernmental agreement.',
  },
  {
    key: 'ae-oasis-agri',
    name: 'Oasis Agri Ventures LLC',
    origin: 'FOREIGN',
    countryCode: 'AE',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['01', '10'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-AE',
    contacts: [{ name: 'Rashid Al Suwaidi', email: 'rashid.alsuwaidi@oasis-agri.demo', position: 'Managing Partner' }],
    notes: 'Greenhouse complex near Konayev for vegetable exports to the Gulf.',
  },
  // United States
  {
    key: 'us-prairie-grain',
    name: 'Prairie Grain Technologies Inc.',
    origin: 'FOREIGN',
    countryCode: 'US',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['10', '01'],
    isAnchor: true,
    isMultinational: true,
    ownerOfficeCode: 'EMB-US',
    contacts: [{ name: 'Michael Johnson', email: 'mjohnson@prairie-grain.demo', phone: '+1 312 555 0164', position: 'SVP International Operations' }],
    notes: 'Deep grain processing (gluten, starch, bioethanol) in Akmola Region; asks about subsidised rail tariffs for grain.',
  },
  {
    key: 'us-silverline-data',
    name: 'Silverline Data Centers LLC',
    origin: 'FOREIGN',
    countryCode: 'US',
    ownership: 'PRIVATE',
    status: 'LEAD',
    sectorCodes: ['63', '62'],
    isAnchor: false,
    isMultinational: true,
    ownerOfficeCode: 'EMB-US',
    contacts: [{ name: 'Emily Carter', email: 'ecarter@silverline-dc.demo', position: 'Director, New Markets' }],
    notes: 'Tier III data centre in Almaty; needs 40 MW of reliable power and two independent fibre routes.',
  },
  {
    key: 'us-blue-mesa-minerals',
    name: 'Blue Mesa Minerals Corp.',
    origin: 'FOREIGN',
    countryCode: 'US',
    ownership: 'PRIVATE',
    status: 'LOST',
    sectorCodes: ['07'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-US',
    contacts: [{ name: 'Robert Miller', email: 'rmiller@bluemesa-minerals.demo', position: 'President' }],
    notes: 'Lithium exploration in East Kazakhstan cancelled after the subsoil-use tender was not won.',
  },
  // United Kingdom
  {
    key: 'gb-thames-ridge',
    name: 'Thames Ridge Minerals plc',
    origin: 'FOREIGN',
    countryCode: 'GB',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['07', '09'],
    isAnchor: false,
    isMultinational: true,
    ownerOfficeCode: 'EMB-GB',
    contacts: [{ name: 'James Whitmore', email: 'j.whitmore@thamesridge-minerals.demo', phone: '+44 20 5555 0139', position: 'Chief Operating Officer' }],
    notes: 'Listed miner; expanding gold-copper ore processing in East Kazakhstan.',
  },
  {
    key: 'gb-kingsmere-education',
    name: 'Kingsmere Education Partners Ltd',
    origin: 'FOREIGN',
    countryCode: 'GB',
    ownership: 'PRIVATE',
    status: 'COMMITTED',
    sectorCodes: ['85'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-GB',
    contacts: [{ name: 'Sarah Bennett', email: 's.bennett@kingsmere-education.demo', position: 'Development Director' }],
    notes: 'International school campus in Almaty; asks about land allocation and licensing.',
  },
  // Japan
  {
    key: 'jp-shirakawa-precision',
    name: 'Shirakawa Precision Machinery Co., Ltd.',
    origin: 'FOREIGN',
    countryCode: 'JP',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['28', '33'],
    isAnchor: false,
    isMultinational: true,
    ownerOfficeCode: 'EMB-JP',
    contacts: [{ name: 'Takahashi Kenji', email: 'k.takahashi@shirakawa-precision.demo', phone: '+81 3 5555 0152', position: 'General Manager, Overseas Business' }],
    notes: 'CNC machining and repair centre serving the oil and gas sector in Aktobe.',
  },
  {
    key: 'jp-minori-medical',
    name: 'Minori Medical Devices K.K.',
    origin: 'FOREIGN',
    countryCode: 'JP',
    ownership: 'PRIVATE',
    status: 'LEAD',
    sectorCodes: ['32', '26'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'EMB-JP',
    contacts: [{ name: 'Sato Yumi', email: 'y.sato@minori-medical.demo', position: 'Manager, Global Strategy' }],
    notes: 'Assembly of diagnostic imaging equipment in SEZ Astana – New City; met at a Tokyo investment seminar.',
  },
  // Domestic, private
  {
    key: 'kz-dala-agro',
    name: 'Dala Agro Holding LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['01', '10'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-11',
    contacts: [{ name: 'Serik Akhmetov', email: 's.akhmetov@dala-agro.demo', phone: '+7 701 555 0121', position: 'Director' }],
    notes: 'Grain and cattle farming around Kokshetau; planning a meat processing plant.',
  },
  {
    key: 'kz-steppe-milk',
    name: 'Steppe Milk LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['10', '01'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-39',
    contacts: [
      { name: 'Gulnara Bekova', email: 'g.bekova@steppe-milk.demo', phone: '+7 705 555 0143', position: 'General Director' },
      { name: 'Timur Ismailov', email: 't.ismailov@steppe-milk.demo', position: 'Chief Engineer' },
    ],
    notes: 'Dairy farm and processing in Kostanay Region; applying for subsidies on breeding stock.',
  },
  {
    key: 'kz-irtysh-ferroalloy',
    name: 'Irtysh Ferroalloy Plant LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'COMMITTED',
    sectorCodes: ['24'],
    isAnchor: true,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-55',
    contacts: [{ name: 'Yerbol Mukanov', email: 'y.mukanov@irtysh-ferroalloy.demo', phone: '+7 7182 55 01 90', position: 'Deputy General Director for Development' }],
    notes: 'Fourth furnace in SEZ Pavlodar; investment contract application in preparation.',
  },
  {
    key: 'kz-caspian-marine',
    name: 'Caspian Marine Services LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['50', '09'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-47',
    contacts: [{ name: 'Arman Dzhaksybekov', email: 'a.dzhaksybekov@caspian-marine.demo', phone: '+7 702 555 0176', position: 'Chief Executive Officer' }],
    notes: 'Offshore supply vessels and a drilling services base in Aktau; plans Ro-Ro ferries.',
  },
  {
    key: 'kz-altyn-dan',
    name: 'Altyn Dan Flour Mill LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['10'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-59',
    contacts: [{ name: 'Saule Temirbekova', email: 's.temirbekova@altyn-dan.demo', phone: '+7 7152 55 01 34', position: 'Owner' }],
    notes: 'Flour exporter to Central Asia and Afghanistan; adding a pasta line in SEZ Qyzyljar.',
  },
  {
    key: 'kz-ontustik-pharm',
    name: 'Ontustik Pharm Plus LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'COMMITTED',
    sectorCodes: ['21'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-79',
    contacts: [{ name: 'Zhanna Omarova', email: 'z.omarova@ontustik-pharm.demo', phone: '+7 707 555 0168', position: 'Commercial Director' }],
    notes: 'Generic medicines plant in Shymkent; GMP certification under way.',
  },
  {
    key: 'kz-turan-textile',
    name: 'Turan Cotton Textile LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['13', '14'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-61',
    contacts: [{ name: 'Rustem Baimukhanov', email: 'r.baimukhanov@turan-textile.demo', phone: '+7 771 555 0119', position: 'Founder' }],
    notes: 'Cotton ginning, dyeing and workwear sewing in Turkistan Region.',
  },
  {
    key: 'kz-alatau-soft',
    name: 'Alatau Soft LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'ACTIVE',
    sectorCodes: ['62'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-75',
    contacts: [{ name: 'Dinara Kenzhebayeva', email: 'd.kenzhebayeva@alatau-soft.demo', position: 'Chief Technology Officer' }],
    notes: 'Software exporter; expanding its development centre in Almaty.',
  },
  {
    key: 'kz-jetisu-fruit',
    name: 'Jetisu Fruit Garden LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'LEAD',
    sectorCodes: ['01', '11'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-33',
    contacts: [{ name: 'Marat Nurpeisov', email: 'm.nurpeisov@jetisu-fruit.demo', phone: '+7 747 555 0127', position: 'Director' }],
    notes: 'Intensive apple orchard near Taldykorgan; looking for a partner for juice and cider.',
  },
  {
    key: 'kz-astana-modular',
    name: 'Astana Modular Construction LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'COMMITTED',
    sectorCodes: ['41', '23', '25'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'NC-KI',
    contacts: [{ name: 'Kairat Utegenov', email: 'k.utegenov@astana-modular.demo', phone: '+7 701 555 0184', position: 'Chairman of the Supervisory Board' }],
    notes: 'Modular housing and schools; PPP partner of several akimats.',
  },
  {
    key: 'kz-ulytau-copper',
    name: 'Ulytau Copper Mining LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'ENGAGED',
    sectorCodes: ['07'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-62',
    contacts: [{ name: 'Nurzhan Sarsenov', email: 'n.sarsenov@ulytau-copper.demo', position: 'Geology Director' }],
    notes: 'Holds a subsoil-use licence for a copper deposit near Zhezkazgan.',
  },
  {
    key: 'kz-semey-leather',
    name: 'Semey Leather Works LLP',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'PRIVATE',
    status: 'LOST',
    sectorCodes: ['15'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'RO-KZ-10',
    contacts: [{ name: 'Aizhan Musina', email: 'a.musina@semey-leather.demo', position: 'Director' }],
    notes: 'Tannery modernization cancelled: the owner sold the business.',
  },
  // Domestic, state-owned (national holdings and their subsidiaries)
  {
    key: 'kz-qazaq-industrial-holding',
    name: 'Qazaq Industrial Development Holding JSC',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'STATE',
    status: 'ACTIVE',
    sectorCodes: ['24', '25', '27'],
    isAnchor: true,
    isMultinational: false,
    ownerOfficeCode: 'NC-KI',
    contacts: [
      { name: 'Asel Zhunusova', email: 'a.zhunusova@qidh.demo', phone: '+7 7172 55 01 10', position: 'Managing Director for Investment' },
    ],
    notes: 'State holding co-investing with foreign partners in metal processing and electrical equipment.',
  },
  {
    key: 'kz-ulttyq-energy',
    name: 'Ulttyq Energy Holding JSC',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'STATE',
    status: 'ACTIVE',
    sectorCodes: ['35'],
    isAnchor: true,
    isMultinational: false,
    ownerOfficeCode: 'NC-KI',
    contacts: [{ name: 'Berik Kaliyev', email: 'b.kaliyev@ulttyq-energy.demo', position: 'Director, Generation Projects' }],
    notes: 'State energy holding; modernization of combined heat and power plants.',
  },
  {
    key: 'kz-qazaq-transit-corridor',
    name: 'Qazaq Transit Corridor JSC',
    origin: 'DOMESTIC',
    countryCode: 'KZ',
    ownership: 'STATE',
    status: 'COMMITTED',
    sectorCodes: ['49', '52'],
    isAnchor: false,
    isMultinational: false,
    ownerOfficeCode: 'NC-KI',
    contacts: [{ name: 'Olzhas Tulegenov', email: 'o.tulegenov@qtc.demo', phone: '+7 7172 55 01 66', position: 'Head of Project Office' }],
    notes: 'State company building rail bypasses and logistics centres on transit corridors.',
  },
];

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------

/**
 * Investment projects. Volumes span KZT 55 million to KZT 495 billion so that all three support
 * tiers occur; a few are on exact boundaries or fall into different tiers with different years'
 * MCI (commented).
 */
export const DEMO_PROJECTS: DemoProject[] = [
  // Agriculture and food
  { title: 'Year-round greenhouse complex near Konayev', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '01', regionCode: 'KZ-19', investmentVolumeKzt: '4850000000.00', assessedOn: '2025-02-18', initiatorKey: 'ae-oasis-agri', siteKey: 'lp-konayev-agro', isPublicPrivatePartnership: false },
  { title: 'Dairy farm for 1,200 cows', kind: 'NEW', stage: 'IMPLEMENTED', sectorCode: '01', regionCode: 'KZ-39', investmentVolumeKzt: '3600000000.00', assessedOn: '2024-04-09', initiatorKey: 'kz-steppe-milk', isPublicPrivatePartnership: false },
  // National Company tier with the 2025 MCI (from KZT 589.8 million), regional with the 2026 MCI.
  { title: 'UHT milk and cheese line', kind: 'EXPANSION', stage: 'IMPLEMENTATION', sectorCode: '10', regionCode: 'KZ-39', investmentVolumeKzt: '620000000.00', assessedOn: '2025-06-03', initiatorKey: 'kz-steppe-milk', siteKey: 'iz-kostanay', isPublicPrivatePartnership: false },
  { title: 'Flour mill modernization in Petropavl', kind: 'MODERNIZATION', stage: 'IMPLEMENTED', sectorCode: '10', regionCode: 'KZ-59', investmentVolumeKzt: '380000000.00', assessedOn: '2024-03-21', initiatorKey: 'kz-altyn-dan', isPublicPrivatePartnership: false },
  { title: 'Pasta factory, 30,000 tonnes a year', kind: 'NEW', stage: 'PREPARATION', sectorCode: '10', regionCode: 'KZ-59', investmentVolumeKzt: '1450000000.00', assessedOn: '2025-09-15', initiatorKey: 'kz-altyn-dan', siteKey: 'sez-qyzyljar', isPublicPrivatePartnership: false },
  { title: 'Deep grain processing plant: gluten, starch and bioethanol', kind: 'NEW', stage: 'PREPARATION', sectorCode: '10', regionCode: 'KZ-11', investmentVolumeKzt: '96000000000.00', assessedOn: '2025-05-20', initiatorKey: 'us-prairie-grain', isPublicPrivatePartnership: false },
  { title: 'Meat processing plant in Kokshetau', kind: 'NEW', stage: 'PROPOSED', sectorCode: '10', regionCode: 'KZ-11', investmentVolumeKzt: '2750000000.00', assessedOn: '2026-01-22', initiatorKey: 'kz-dala-agro', isPublicPrivatePartnership: false },
  // Regional tier with the 2024 MCI (below KZT 553.8 million) but over KZT 500 million: in the pool.
  { title: 'Intensive apple orchard with cold storage, 300 ha', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '01', regionCode: 'KZ-33', investmentVolumeKzt: '540000000.00', assessedOn: '2024-10-02', initiatorKey: 'kz-jetisu-fruit', isPublicPrivatePartnership: false },
  { title: 'Fruit juice and cider plant in Taldykorgan', kind: 'NEW', stage: 'PROPOSED', sectorCode: '11', regionCode: 'KZ-33', investmentVolumeKzt: '480000000.00', assessedOn: '2026-02-10', initiatorKey: 'kz-jetisu-fruit', isPublicPrivatePartnership: false },
  // Exactly KZT 500 million: NOT in the unified pool (strictly over).
  { title: 'Confectionery production line', kind: 'EXPANSION', stage: 'IMPLEMENTED', sectorCode: '10', regionCode: 'KZ-61', investmentVolumeKzt: '500000000.00', assessedOn: '2024-06-14', initiatorKey: 'tr-ege-gida', isPublicPrivatePartnership: false },
  { title: 'Poultry complex, 40,000 tonnes a year', kind: 'NEW', stage: 'PREPARATION', sectorCode: '01', regionCode: 'KZ-31', investmentVolumeKzt: '28500000000.00', assessedOn: '2025-11-05', initiatorKey: 'tr-ege-gida', isPublicPrivatePartnership: false },
  { title: 'Baby food plant', kind: 'NEW', stage: 'PREPARATION', sectorCode: '10', regionCode: 'KZ-15', investmentVolumeKzt: '95000000.00', assessedOn: '2025-10-01', initiatorKey: 'kz-steppe-milk', siteKey: 'iz-aktobe', isPublicPrivatePartnership: false },
  { title: 'Bakery expansion in Shymkent', kind: 'EXPANSION', stage: 'IMPLEMENTED', sectorCode: '10', regionCode: 'KZ-79', investmentVolumeKzt: '55000000.00', assessedOn: '2024-01-23', isPublicPrivatePartnership: false },
  // Regional tier with the 2026 MCI (below KZT 648.75 million).
  { title: 'Trout farming complex on the Bukhtarma reservoir', kind: 'NEW', stage: 'PROPOSED', sectorCode: '03', regionCode: 'KZ-63', investmentVolumeKzt: '610000000.00', assessedOn: '2026-02-17', initiatorKey: 'cn-jinhe-agro', isPublicPrivatePartnership: false },

  // Chemicals, pharmaceuticals, materials
  { title: 'Polypropylene and polyethylene complex', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '20', regionCode: 'KZ-23', investmentVolumeKzt: '480000000000.00', assessedOn: '2024-05-30', initiatorKey: 'kr-hanbit-petrochem', siteKey: 'sez-atyrau-petrochem', isPublicPrivatePartnership: false },
  { title: 'Polymer pipe and film plant', kind: 'NEW', stage: 'PREPARATION', sectorCode: '22', regionCode: 'KZ-71', investmentVolumeKzt: '8400000000.00', assessedOn: '2025-03-03', initiatorKey: 'cn-tianshan-polymer', siteKey: 'sez-astana', isPublicPrivatePartnership: false },
  { title: 'Plastic waste sorting and recycling plant', kind: 'NEW', stage: 'SUSPENDED', sectorCode: '38', regionCode: 'KZ-15', investmentVolumeKzt: '4700000000.00', assessedOn: '2025-04-08', initiatorKey: 'cn-tianshan-polymer', isPublicPrivatePartnership: false },
  { title: 'Generic medicines plant: tablets and injectables', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '21', regionCode: 'KZ-79', investmentVolumeKzt: '13800000000.00', assessedOn: '2025-01-15', initiatorKey: 'kz-ontustik-pharm', isPublicPrivatePartnership: false },
  { title: 'Insulin and biologics plant', kind: 'NEW', stage: 'PROPOSED', sectorCode: '21', regionCode: 'KZ-35', investmentVolumeKzt: '34500000000.00', assessedOn: '2026-02-05', initiatorKey: 'de-elbmark-pharma', siteKey: 'sez-saryarka', isPublicPrivatePartnership: false },
  { title: 'Vaccine fill-finish line', kind: 'NEW', stage: 'CANCELLED', sectorCode: '21', regionCode: 'KZ-71', investmentVolumeKzt: '2400000000.00', assessedOn: '2024-08-08', initiatorKey: 'kr-haneul-bio', siteKey: 'sez-astana', isPublicPrivatePartnership: false },
  { title: 'Flat glass plant', kind: 'NEW', stage: 'PROPOSED', sectorCode: '23', regionCode: 'KZ-31', investmentVolumeKzt: '46000000000.00', assessedOn: '2026-01-19', initiatorKey: 'tr-sarikaya-cam', siteKey: 'sez-chempark-taraz', isPublicPrivatePartnership: false },
  { title: 'Cement plant conversion to the dry process', kind: 'MODERNIZATION', stage: 'CANCELLED', sectorCode: '23', regionCode: 'KZ-43', investmentVolumeKzt: '26000000000.00', assessedOn: '2024-09-30', initiatorKey: 'de-hessenwerk-baustoffe', siteKey: 'iz-kyzylorda', isPublicPrivatePartnership: false },
  // National Company tier with the 2024 MCI (from KZT 553.8 million).
  { title: 'Aerated concrete block plant', kind: 'NEW', stage: 'IMPLEMENTED', sectorCode: '23', regionCode: 'KZ-27', investmentVolumeKzt: '720000000.00', assessedOn: '2024-05-14', initiatorKey: 'kz-astana-modular', siteKey: 'iz-oral', isPublicPrivatePartnership: false },

  // Metals, machinery, vehicles, equipment
  { title: 'Copper cathode plant', kind: 'NEW', stage: 'PREPARATION', sectorCode: '24', regionCode: 'KZ-62', investmentVolumeKzt: '210000000000.00', assessedOn: '2025-04-16', initiatorKey: 'cn-hexi-copper', siteKey: 'lp-zhezkazgan', isPublicPrivatePartnership: false },
  { title: 'Ferroalloy furnace No. 4', kind: 'EXPANSION', stage: 'IMPLEMENTATION', sectorCode: '24', regionCode: 'KZ-55', investmentVolumeKzt: '54000000000.00', assessedOn: '2024-12-04', initiatorKey: 'kz-irtysh-ferroalloy', siteKey: 'sez-pavlodar', isPublicPrivatePartnership: false },
  { title: 'Aluminium wheel plant', kind: 'NEW', stage: 'PROPOSED', sectorCode: '25', regionCode: 'KZ-55', investmentVolumeKzt: '6200000000.00', assessedOn: '2026-03-02', initiatorKey: 'kz-qazaq-industrial-holding', siteKey: 'sez-pavlodar', isPublicPrivatePartnership: false },
  { title: 'Copper wire and cable plant', kind: 'NEW', stage: 'PREPARATION', sectorCode: '27', regionCode: 'KZ-35', investmentVolumeKzt: '3900000000.00', assessedOn: '2025-05-27', initiatorKey: 'kz-qazaq-industrial-holding', siteKey: 'sez-saryarka', isPublicPrivatePartnership: false },
  { title: 'Wire harness plant for car assembly', kind: 'NEW', stage: 'PREPARATION', sectorCode: '29', regionCode: 'KZ-39', investmentVolumeKzt: '12600000000.00', assessedOn: '2025-07-07', initiatorKey: 'kr-saerom-mobility', siteKey: 'iz-kostanay', isPublicPrivatePartnership: false },
  { title: 'Electric bus assembly plant', kind: 'NEW', stage: 'PROPOSED', sectorCode: '29', regionCode: 'KZ-75', investmentVolumeKzt: '24000000000.00', assessedOn: '2026-02-24', initiatorKey: 'cn-longqiao-auto', siteKey: 'iz-almaty', isPublicPrivatePartnership: false },
  { title: 'Combine harvester and seeder assembly', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '28', regionCode: 'KZ-39', investmentVolumeKzt: '9800000000.00', assessedOn: '2024-07-17', initiatorKey: 'de-rheinfeld-agrartechnik', siteKey: 'iz-kostanay', isPublicPrivatePartnership: false },
  { title: 'CNC machining and equipment repair centre', kind: 'NEW', stage: 'PREPARATION', sectorCode: '33', regionCode: 'KZ-15', investmentVolumeKzt: '1900000000.00', assessedOn: '2025-04-29', initiatorKey: 'jp-shirakawa-precision', siteKey: 'iz-aktobe', isPublicPrivatePartnership: false },
  // Exactly 150,000 MCI at the 2026 MCI (150,000 x 4,325): the National Company tier starts here.
  { title: 'Diagnostic imaging equipment assembly', kind: 'NEW', stage: 'PROPOSED', sectorCode: '32', regionCode: 'KZ-71', investmentVolumeKzt: '648750000.00', assessedOn: '2026-01-12', initiatorKey: 'jp-minori-medical', siteKey: 'sez-astana', isPublicPrivatePartnership: false },

  // Textiles and leather
  { title: 'Cotton yarn spinning mill', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '13', regionCode: 'KZ-79', investmentVolumeKzt: '15600000000.00', assessedOn: '2024-10-15', initiatorKey: 'tr-kervan-tekstil', siteKey: 'sez-ontustyk', isPublicPrivatePartnership: false },
  { title: 'Denim weaving and finishing plant', kind: 'NEW', stage: 'SUSPENDED', sectorCode: '13', regionCode: 'KZ-79', investmentVolumeKzt: '4300000000.00', assessedOn: '2024-11-27', initiatorKey: 'tr-kervan-tekstil', siteKey: 'sez-ontustyk', isPublicPrivatePartnership: false },
  { title: 'Workwear sewing factory', kind: 'NEW', stage: 'IMPLEMENTED', sectorCode: '14', regionCode: 'KZ-61', investmentVolumeKzt: '350000000.00', assessedOn: '2024-04-22', initiatorKey: 'kz-turan-textile', isPublicPrivatePartnership: false },
  { title: 'Cotton cluster: ginning and dyeing', kind: 'EXPANSION', stage: 'PREPARATION', sectorCode: '13', regionCode: 'KZ-61', investmentVolumeKzt: '11200000000.00', assessedOn: '2025-09-08', initiatorKey: 'kz-turan-textile', isPublicPrivatePartnership: false },
  { title: 'Wool scouring and tannery modernization', kind: 'MODERNIZATION', stage: 'CANCELLED', sectorCode: '15', regionCode: 'KZ-10', investmentVolumeKzt: '290000000.00', assessedOn: '2024-03-26', initiatorKey: 'kz-semey-leather', siteKey: 'lp-semey', isPublicPrivatePartnership: false },

  // Energy
  { title: 'Solar power plant, 100 MW', kind: 'NEW', stage: 'IMPLEMENTED', sectorCode: '35', regionCode: 'KZ-61', investmentVolumeKzt: '42000000000.00', assessedOn: '2024-02-12', initiatorKey: 'cn-sino-steppe-solar', isPublicPrivatePartnership: false },
  { title: 'Small hydropower plant, 24 MW', kind: 'NEW', stage: 'SUSPENDED', sectorCode: '35', regionCode: 'KZ-33', investmentVolumeKzt: '5400000000.00', assessedOn: '2024-07-29', initiatorKey: 'cn-sino-steppe-solar', isPublicPrivatePartnership: false },
  { title: 'Wind farm, 1 GW, with energy storage', kind: 'NEW', stage: 'PREPARATION', sectorCode: '35', regionCode: 'KZ-31', investmentVolumeKzt: '495000000000.00', assessedOn: '2025-12-01', initiatorKey: 'ae-falcon-crest-renewables', isPublicPrivatePartnership: false },
  { title: 'Wind farm, 150 MW, near Yereymentau', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '35', regionCode: 'KZ-11', investmentVolumeKzt: '78000000000.00', assessedOn: '2024-08-19', initiatorKey: 'de-nordstrand-wind', isPublicPrivatePartnership: false },
  { title: 'Combined heat and power plant modernization in Ekibastuz', kind: 'MODERNIZATION', stage: 'IMPLEMENTATION', sectorCode: '35', regionCode: 'KZ-55', investmentVolumeKzt: '135000000000.00', assessedOn: '2024-11-11', initiatorKey: 'kz-ulttyq-energy', isPublicPrivatePartnership: false },

  // Mining (resource sectors, section B)
  { title: 'Copper deposit development near Zhezkazgan', kind: 'NEW', stage: 'PREPARATION', sectorCode: '07', regionCode: 'KZ-62', investmentVolumeKzt: '160000000000.00', assessedOn: '2025-08-25', initiatorKey: 'kz-ulytau-copper', isPublicPrivatePartnership: false },
  { title: 'Gold-copper ore processing plant expansion', kind: 'EXPANSION', stage: 'PROPOSED', sectorCode: '07', regionCode: 'KZ-63', investmentVolumeKzt: '38000000000.00', assessedOn: '2026-01-14', initiatorKey: 'gb-thames-ridge', isPublicPrivatePartnership: false },
  { title: 'Lithium exploration and pilot plant', kind: 'NEW', stage: 'CANCELLED', sectorCode: '07', regionCode: 'KZ-63', investmentVolumeKzt: '9500000000.00', assessedOn: '2024-07-03', initiatorKey: 'us-blue-mesa-minerals', isPublicPrivatePartnership: false },
  { title: 'Coal mine modernization in Karaganda', kind: 'MODERNIZATION', stage: 'IMPLEMENTATION', sectorCode: '05', regionCode: 'KZ-35', investmentVolumeKzt: '22000000000.00', assessedOn: '2024-09-09', isPublicPrivatePartnership: false },
  { title: 'Gas condensate field development', kind: 'NEW', stage: 'PROPOSED', sectorCode: '06', regionCode: 'KZ-27', investmentVolumeKzt: '350000000000.00', assessedOn: '2025-10-20', isPublicPrivatePartnership: false },
  { title: 'Drilling services base in Aktau', kind: 'NEW', stage: 'IMPLEMENTED', sectorCode: '09', regionCode: 'KZ-47', investmentVolumeKzt: '3100000000.00', assessedOn: '2024-05-06', initiatorKey: 'kz-caspian-marine', siteKey: 'sez-aktau', isPublicPrivatePartnership: false },
  { title: 'Limestone quarry and crushing plant', kind: 'NEW', stage: 'IMPLEMENTED', sectorCode: '08', regionCode: 'KZ-15', investmentVolumeKzt: '450000000.00', assessedOn: '2024-03-11', isPublicPrivatePartnership: false },

  // Transport and logistics
  { title: 'Container terminal expansion at the Khorgos dry port', kind: 'EXPANSION', stage: 'IMPLEMENTATION', sectorCode: '52', regionCode: 'KZ-33', investmentVolumeKzt: '18500000000.00', assessedOn: '2024-06-24', initiatorKey: 'cn-xinlu-logistics', siteKey: 'sez-khorgos', isPublicPrivatePartnership: false },
  { title: 'Multimodal logistics hub at the Aktau seaport', kind: 'NEW', stage: 'PREPARATION', sectorCode: '52', regionCode: 'KZ-47', investmentVolumeKzt: '92000000000.00', assessedOn: '2025-02-27', initiatorKey: 'ae-al-noor-logistics', siteKey: 'sez-aktau', isPublicPrivatePartnership: false },
  { title: 'Ro-Ro ferry fleet for the Caspian', kind: 'EXPANSION', stage: 'PROPOSED', sectorCode: '50', regionCode: 'KZ-47', investmentVolumeKzt: '27000000000.00', assessedOn: '2026-01-30', initiatorKey: 'kz-caspian-marine', isPublicPrivatePartnership: false },
  { title: 'Wholesale distribution centre in Almaty', kind: 'NEW', stage: 'IMPLEMENTED', sectorCode: '52', regionCode: 'KZ-75', investmentVolumeKzt: '7800000000.00', assessedOn: '2024-02-28', initiatorKey: 'ae-al-noor-logistics', siteKey: 'iz-almaty', isPublicPrivatePartnership: false },
  { title: 'Railway bypass and logistics centre at Semey', kind: 'NEW', stage: 'PREPARATION', sectorCode: '49', regionCode: 'KZ-10', investmentVolumeKzt: '145000000000.00', assessedOn: '2025-06-18', initiatorKey: 'kz-qazaq-transit-corridor', isPublicPrivatePartnership: false },
  { title: 'Transport and logistics centre in Oral', kind: 'NEW', stage: 'PROPOSED', sectorCode: '52', regionCode: 'KZ-27', investmentVolumeKzt: '2300000000.00', assessedOn: '2025-12-15', initiatorKey: 'kz-qazaq-transit-corridor', siteKey: 'iz-oral', isPublicPrivatePartnership: false },
  { title: 'Car service and tyre centre', kind: 'NEW', stage: 'IMPLEMENTED', sectorCode: '45', regionCode: 'KZ-15', investmentVolumeKzt: '180000000.00', assessedOn: '2024-09-17', isPublicPrivatePartnership: false },

  // Construction, real estate, digital
  { title: 'Modular housing factory', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '41', regionCode: 'KZ-71', investmentVolumeKzt: '5600000000.00', assessedOn: '2025-03-19', initiatorKey: 'kz-astana-modular', siteKey: 'sez-astana', isPublicPrivatePartnership: false },
  { title: 'Mixed-use business district, phase 1', kind: 'NEW', stage: 'PREPARATION', sectorCode: '41', regionCode: 'KZ-71', investmentVolumeKzt: '118000000000.00', assessedOn: '2025-10-07', initiatorKey: 'tr-bogazici-yapi', isPublicPrivatePartnership: false },
  // Exactly 7,500,000 MCI at the 2026 MCI (7,500,000 x 4,325): the Task Force tier starts here.
  { title: 'Tier III data centre, 40 MW', kind: 'NEW', stage: 'PROPOSED', sectorCode: '63', regionCode: 'KZ-75', investmentVolumeKzt: '32437500000.00', assessedOn: '2026-03-10', initiatorKey: 'us-silverline-data', siteKey: 'iz-almaty', isPublicPrivatePartnership: false },
  // National Company tier with the 2025 MCI; would be regional with the 2026 MCI.
  { title: 'Software development centre expansion', kind: 'EXPANSION', stage: 'IMPLEMENTED', sectorCode: '62', regionCode: 'KZ-75', investmentVolumeKzt: '650000000.00', assessedOn: '2025-11-20', initiatorKey: 'kz-alatau-soft', isPublicPrivatePartnership: false },

  // Social infrastructure, tourism, utilities (several public-private partnerships)
  { title: 'Multi-profile university hospital, 600 beds', kind: 'NEW', stage: 'PREPARATION', sectorCode: '86', regionCode: 'KZ-79', investmentVolumeKzt: '68000000000.00', assessedOn: '2025-08-12', initiatorKey: 'tr-bogazici-yapi', isPublicPrivatePartnership: true },
  // Task Force tier with the 2024 MCI (from KZT 27.69 billion); National Company tier with the 2026 MCI.
  { title: 'Construction of six schools under a PPP', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '85', regionCode: 'KZ-19', investmentVolumeKzt: '31500000000.00', assessedOn: '2024-12-18', initiatorKey: 'kz-astana-modular', isPublicPrivatePartnership: true },
  { title: 'International school campus in Almaty', kind: 'NEW', stage: 'PREPARATION', sectorCode: '85', regionCode: 'KZ-75', investmentVolumeKzt: '14500000000.00', assessedOn: '2025-05-06', initiatorKey: 'gb-kingsmere-education', isPublicPrivatePartnership: false },
  { title: 'Kindergarten network, 8 buildings', kind: 'NEW', stage: 'IMPLEMENTED', sectorCode: '85', regionCode: 'KZ-43', investmentVolumeKzt: '1250000000.00', assessedOn: '2024-02-20', initiatorKey: 'kz-astana-modular', isPublicPrivatePartnership: true },
  { title: 'Mountain ski resort expansion', kind: 'EXPANSION', stage: 'PREPARATION', sectorCode: '93', regionCode: 'KZ-19', investmentVolumeKzt: '72000000000.00', assessedOn: '2025-07-22', isPublicPrivatePartnership: true },
  { title: 'Hotel and ethno-village near the Khoja Ahmed Yasawi mausoleum', kind: 'NEW', stage: 'IMPLEMENTATION', sectorCode: '55', regionCode: 'KZ-61', investmentVolumeKzt: '8900000000.00', assessedOn: '2024-11-04', siteKey: 'sez-turkistan', isPublicPrivatePartnership: false },
  { title: 'Water treatment and supply network upgrade in Kyzylorda', kind: 'MODERNIZATION', stage: 'PROPOSED', sectorCode: '36', regionCode: 'KZ-43', investmentVolumeKzt: '19500000000.00', assessedOn: '2026-02-26', isPublicPrivatePartnership: true },
];

// ---------------------------------------------------------------------------------------------
// Investor requests
// ---------------------------------------------------------------------------------------------

/** Typical subjects of an investor's request to a front office (paragraph 10(2), 12(2), 12(7)). */
export const DEMO_INVESTOR_REQUEST_SUBJECTS: string[] = [
  'Availability of a land plot with utilities in a special economic zone',
  'Electricity and gas tariffs for an industrial consumer',
  'Search for a local partner or distributor',
  'State support measures and investment preferences under an investment contract',
  'Work permits for foreign specialists and an investor visa petition',
  'Connection to engineering networks: capacity and timelines',
  'Rail and road freight tariffs to China and the Caspian ports',
  'Availability and wages of qualified staff in the region',
  'Procedure for obtaining a construction permit',
  'Customs duty and VAT exemptions for imported equipment',
  'Raw material supply: cotton, grain or mineral deposits in the region',
  'Export support and certification of products',
];
