import { creditCodeCheckChar } from '@ltci/shared';
import { Role } from '../../modules/auth/roles.js';
import { CareSubtype, InstitutionKind, InstitutionStatus } from '../../modules/institutions/institution-enums.js';
import { CountyKind } from '../../modules/regions/county.entity.js';

/** Demo data only: made-up names and codes, deterministic so screenshots and tests are stable. */
export const DEMO_PASSWORD = 'Demo@2026';

type CountyKindName = `${CountyKind}`;

/**
 * The county-level units each region's work is split into (Qinhuangdao art. 60–61: the city agency
 * and the county (区) agencies). Qinhuangdao: its four districts and three counties, and the two
 * functional zones that run their own medical-security branch and so act as agency units (the
 * 经济技术开发区 ran the pilot: art. 76). Tumxuk (师市合一): the city's three sub-districts and the
 * regiments of the Third Division around it; other regiments are added when they join. Real names,
 * shipped data (not only demo): production's first start creates them too.
 */
export const shippedCounties: Record<string, { id: string; name: string; kind: CountyKindName }[]> = {
  qinhuangdao: [
    { id: 'qhd-haigang', name: '海港区', kind: 'district' },
    { id: 'qhd-shanhaiguan', name: '山海关区', kind: 'district' },
    { id: 'qhd-beidaihe', name: '北戴河区', kind: 'district' },
    { id: 'qhd-funing', name: '抚宁区', kind: 'district' },
    { id: 'qhd-qinglong', name: '青龙满族自治县', kind: 'county' },
    { id: 'qhd-changli', name: '昌黎县', kind: 'county' },
    { id: 'qhd-lulong', name: '卢龙县', kind: 'county' },
    { id: 'qhd-etdz', name: '秦皇岛经济技术开发区', kind: 'zone' },
    { id: 'qhd-beidaihe-new', name: '北戴河新区', kind: 'zone' },
  ],
  tumxuk: [
    { id: 'tmsk-qiganquele', name: '齐干却勒街道', kind: 'subdistrict' },
    { id: 'tmsk-qianhai', name: '前海街道', kind: 'subdistrict' },
    { id: 'tmsk-yonganba', name: '永安坝街道', kind: 'subdistrict' },
    { id: 'tmsk-r44', name: '四十四团', kind: 'regiment' },
    { id: 'tmsk-r49', name: '四十九团', kind: 'regiment' },
    { id: 'tmsk-r50', name: '五十团', kind: 'regiment' },
    { id: 'tmsk-r51', name: '五十一团', kind: 'regiment' },
    { id: 'tmsk-r53', name: '五十三团', kind: 'regiment' },
  ],
};

export const demoRegions = [
  { id: 'qinhuangdao', name: '秦皇岛市', division: '130300' },
  { id: 'tumxuk', name: '第三师图木舒克市', division: '659003' },
];

/** Every shipped county as a row. */
export const shippedCountyRows = () =>
  Object.entries(shippedCounties).flatMap(([regionId, counties]) => counties.map((c) => ({ ...c, kind: c.kind as CountyKind, regionId })));

export const demoUsers = [
  { username: 'admin', displayName: '系统管理员', roles: [Role.admin], regions: ['qinhuangdao', 'tumxuk'] },
  { username: 'admin2', displayName: '第二管理员', roles: [Role.admin], regions: ['qinhuangdao', 'tumxuk'] },
  { username: 'fund_manager', displayName: '王基金', roles: [Role.fund_manager], regions: ['qinhuangdao', 'tumxuk'] },
  { username: 'inspector', displayName: '张稽核', roles: [Role.inspector], regions: ['qinhuangdao'] },
  { username: 'agency_officer', displayName: '李经办', roles: [Role.agency_officer], regions: ['qinhuangdao'] },
  { username: 'tpa_staff', displayName: '赵经办', roles: [Role.tpa_staff], regions: ['tumxuk'] },
  {
    username: 'haigang_officer',
    displayName: '孙经办（海港区）',
    roles: [Role.agency_officer],
    regions: ['qinhuangdao'],
    counties: ['qhd-haigang'],
  },
  // the second inspector who signs off the first one's scorecards (four-eyes)
  { username: 'inspector2', displayName: '陈复核', roles: [Role.inspector], regions: ['qinhuangdao'] },
];

const CARE_SUBTYPES = [CareSubtype.medical, CareSubtype.integrated, CareSubtype.elderly, CareSubtype.other];
const PLACES = ['海港', '山海关', '北戴河', '抚宁', '昌黎', '卢龙', '青龙', '开发区', '东城', '西城', '南山', '北湖'];
const TUMXUK_PLACES = [
  '图木舒克',
  '前海',
  '永安',
  '草湖',
  '兵团五十一团',
  '五十三团',
  '四十四团',
  '四十五团',
  '四十九团',
  '夏河',
  '金胡杨',
  '唐王城',
];
/** The county of each demo place (none: a city-level institution, managed by the city agency). */
const PLACE_COUNTY: Record<string, string | null> = {
  海港: 'qhd-haigang',
  山海关: 'qhd-shanhaiguan',
  北戴河: 'qhd-beidaihe',
  抚宁: 'qhd-funing',
  昌黎: 'qhd-changli',
  卢龙: 'qhd-lulong',
  青龙: 'qhd-qinglong',
  开发区: 'qhd-etdz',
  前海: 'tmsk-qianhai',
  永安: 'tmsk-yonganba',
  兵团五十一团: 'tmsk-r51',
  五十三团: 'tmsk-r53',
  四十四团: 'tmsk-r44',
  四十九团: 'tmsk-r49',
};
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['建华', '秀英', '志强', '丽娟', '海燕', '国庆', '晓明', '红梅', '文博', '玉兰', '子涵', '俊杰'];
const KIND_NAMES: Record<InstitutionKind, string[]> = {
  [InstitutionKind.assessment]: ['失能评估中心', '康复评估所', '健康评估有限公司'],
  [InstitutionKind.care]: ['护理院', '康养中心', '颐养院', '居家护理服务站'],
  [InstitutionKind.tpa]: ['保险经办服务中心', '健康管理有限公司', '人寿保险分公司'],
};
const STAFF_ROLES: Record<InstitutionKind, string[]> = {
  [InstitutionKind.assessment]: ['expert', 'expert', 'expert', 'assessor', 'assessor', 'manager', 'it'],
  [InstitutionKind.care]: ['manager', 'nurse', 'carer', 'carer', 'carer'],
  [InstitutionKind.tpa]: ['manager', 'it', 'other', 'other'],
};
const TITLES = ['senior', 'intermediate', 'intermediate', 'junior', 'none'];

export interface DemoInstitution {
  kind: InstitutionKind;
  careSubtype: CareSubtype | null;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  address: string;
  regionId: string;
  countyId: string | null;
  status: InstitutionStatus;
  /** The demo agreement it has: the status above follows from it. */
  agreement: DemoAgreementPlan;
  staff: { name: string; role: string; title: string; fullTime: boolean; certificateNo: string | null }[];
}

const personName = (n: number) => `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}`;

/** A valid unified social credit code: 52 (social organisation) + division + serial + check char. */
export function demoCreditCode(division: string, serial: number): string {
  const first17 = `52${division}MJ${String(serial).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** active: in force to mid-2027; expiring: ends 2026-12-31 (on the to-do list); draft: awaiting activation; none: TPAs (contracts, not agreements). */
export type DemoAgreementPlan = 'active' | 'expiring' | 'suspended' | 'terminated' | 'draft' | 'none';

function agreementPlan(kind: InstitutionKind, i: number): DemoAgreementPlan {
  if (kind === InstitutionKind.tpa) return 'none';
  if (i === 10) return 'suspended';
  if (i === 11) return 'terminated';
  if (i === 9) return 'draft';
  return i < 2 ? 'expiring' : 'active';
}

const STATUS_OF_PLAN: Record<DemoAgreementPlan, InstitutionStatus> = {
  active: InstitutionStatus.active,
  expiring: InstitutionStatus.active,
  suspended: InstitutionStatus.suspended,
  terminated: InstitutionStatus.terminated,
  draft: InstitutionStatus.none,
  none: InstitutionStatus.none,
};

/** 12 institutions of every kind in every region, each with staff. */
export function demoInstitutions(): DemoInstitution[] {
  const rows: DemoInstitution[] = [];
  let serial = 1;
  for (const region of demoRegions) {
    const places = region.id === 'tumxuk' ? TUMXUK_PLACES : PLACES;
    for (const kind of Object.values(InstitutionKind)) {
      for (let i = 0; i < 12; i++) {
        const n = serial++;
        const suffixes = KIND_NAMES[kind];
        rows.push({
          kind,
          careSubtype: kind === InstitutionKind.care ? CARE_SUBTYPES[i % CARE_SUBTYPES.length] : null,
          name: `${region.name.replace(/市$/, '')}${places[i]}${suffixes[i % suffixes.length]}`,
          creditCode: demoCreditCode(region.division, n),
          legalRepresentative: personName(n),
          address: `${region.name}${places[i]}路${(n * 13) % 200}号`,
          regionId: region.id,
          countyId: PLACE_COUNTY[places[i]] ?? null,
          status: STATUS_OF_PLAN[agreementPlan(kind, i)],
          agreement: agreementPlan(kind, i),
          staff: STAFF_ROLES[kind].map((role, s) => ({
            name: personName(n * 5 + s),
            role,
            title: role === 'expert' ? TITLES[s % 2] : TITLES[(n + s) % TITLES.length],
            fullTime: (n + s) % 4 !== 0,
            certificateNo: role === 'it' || role === 'other' ? null : `ZS${String(n).padStart(4, '0')}${s}`,
          })),
        });
      }
    }
  }
  return rows;
}
