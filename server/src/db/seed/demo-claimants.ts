import { randomUUID } from 'node:crypto';
import {
  addDays,
  addMonthsToMonth,
  type ClaimantEligibilityInput,
  type ContributionCategory,
  type ContributionMonth,
  claimantEligibility,
  type HardshipGroup,
  parseResidentId,
  policyPack,
  residentIdCheckChar,
} from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import type { User } from '../../modules/auth/user.entity.js';
import { Claimant } from '../../modules/claimants/claimant.entity.js';
import { identityColumns } from '../../modules/claimants/claimant-identity.js';
import { ClaimantContribution, HospitalStay } from '../../modules/claimants/claimant-records.entity.js';

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐';
const GIVEN = [
  '秀英',
  '桂兰',
  '建国',
  '玉兰',
  '淑珍',
  '志强',
  '国华',
  '凤兰',
  '德明',
  '秀珍',
  '文博',
  '海燕',
  '振华',
  '丽娟',
  '春生',
  '明',
];
/** Each county's division code (GB/T 2260) for the identity numbers; zones and regiments use the city's. */
const DIVISIONS: Record<string, string> = {
  'qhd-haigang': '130302',
  'qhd-shanhaiguan': '130303',
  'qhd-beidaihe': '130304',
  'qhd-funing': '130306',
  'qhd-qinglong': '130321',
  'qhd-changli': '130322',
  'qhd-lulong': '130324',
  'qhd-etdz': '130300',
  'qhd-beidaihe-new': '130300',
};
const AMOUNT: Partial<Record<ContributionCategory, string>> = { employee: '18.60', retiree: '6.30', flexible: '27.00' };
/** The demo's mix of categories, one letter a claimant: e employee, r retiree, f flexible, s resident, m minor. */
const MIX = 'eerrefeerrsemrefreer';
const BY_LETTER: Record<string, ContributionCategory> = { e: 'employee', r: 'retiree', f: 'flexible', s: 'resident', m: 'minor' };

interface Demo {
  claimant: Partial<Claimant> & { id: string; regionId: string; category: ContributionCategory };
  months: ContributionMonth[];
  stays: { admittedOn: string; dischargedOn: string | null; hospital: string }[];
  birth: string;
}

function birthOf(category: ContributionCategory, n: number): string {
  const year = category === 'retiree' ? 1940 + (n % 22) : category === 'minor' ? 2010 + (n % 8) : 1962 + (n % 36);
  return `${year}${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}`;
}

function idNumber(division: string, birth: string, n: number): string {
  const first17 = `${division}${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** Every month from the group's launch to last month, arrived on the 15th; `arrears` months left unpaid. */
function history(category: ContributionCategory, launch: string, lastMonth: string, arrears: string[], backPaid: Map<string, string>) {
  const amount = AMOUNT[category];
  if (!amount) return [];
  const months: ContributionMonth[] = [];
  for (let m = launch; m <= lastMonth; m = addMonthsToMonth(m, 1)) {
    if (arrears.includes(m)) months.push({ month: m, status: 'arrears', amount, arrivedOn: null });
    else if (backPaid.has(m)) months.push({ month: m, status: 'backPaid', amount, arrivedOn: backPaid.get(m) as string });
    else months.push({ month: m, status: 'paid', amount, arrivedOn: `${m}-15` });
  }
  return months;
}

function demos(regionId: string, counties: string[], count: number, today: string, start: number): Demo[] {
  const lastMonth = addMonthsToMonth(today.slice(0, 7), -1);
  const launch = regionId === 'qinhuangdao' ? '2026-07' : '2026-09';
  return Array.from({ length: count }, (_, i) => {
    const n = start + i;
    const category = BY_LETTER[MIX[i % MIX.length]];
    const countyId = counties[i % counties.length];
    const birth = birthOf(category, n);
    const male = n % 2 === 1;
    const seq = (n * 2 + (male ? 1 : 0)) % 1000;
    const number = idNumber(regionId === 'qinhuangdao' ? (DIVISIONS[countyId] ?? '130300') : '659003', birth, seq);
    // the stories an officer meets on the first day: arrears, a back-payment, a stay, a death, hardship
    const story = i % 50;
    const before = addMonthsToMonth(lastMonth, -1);
    const arrears = story === 3 || story === 28 ? [before, lastMonth] : [];
    const backPaid = story === 7 ? new Map([[before, addDays(`${lastMonth}-01`, 9)]]) : new Map<string, string>();
    const hardship: HardshipGroup | null = story === 11 || story === 36 ? 'minimumLivingAllowance' : story === 21 ? 'extremePoverty' : null;
    const dead = story === 17 && category !== 'minor';
    const stays =
      story === 5
        ? [
            {
              hospital: regionId === 'qinhuangdao' ? '秦皇岛市第一医院' : '第三师医院',
              admittedOn: addDays(today, -10),
              dischargedOn: null,
            },
          ]
        : [];
    return {
      birth,
      months: history(category, launch, lastMonth, arrears, backPaid),
      stays,
      claimant: {
        id: randomUUID(),
        regionId,
        countyId,
        residenceRegionId: regionId,
        residenceCountyId: countyId,
        name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}`,
        idNumber: number,
        phone: `13${String(100000000 + ((n * 7919) % 899999999)).slice(0, 9)}`,
        address: `${regionId === 'qinhuangdao' ? '秦皇岛市' : '图木舒克市'}示例路${(n % 120) + 1}号`,
        category,
        parentsCategory: category === 'minor' ? 'employee' : null,
        guardianName: category === 'minor' ? `${SURNAMES[n % SURNAMES.length]}建国` : null,
        guardianRelation: category === 'minor' ? '父亲' : null,
        hardshipGroup: hardship,
        deathDate: dead ? addDays(today, -20) : null,
      },
    };
  });
}

/**
 * A few hundred claimants across both regions' counties with their contributions since launch, each
 * status computed by the shared rule and stored with its trace: arrears (suspended), a back-payment,
 * a hospital stay, a death, hardship-subsidised people without a waiting period.
 */
export async function seedDemoClaimants(
  em: EntityManager,
  counties: Record<string, string[]>,
  officer: User,
  today: string,
): Promise<void> {
  const all = [...demos('qinhuangdao', counties.qinhuangdao, 240, today, 1), ...demos('tumxuk', counties.tumxuk, 80, today, 500)];
  const claimants: Partial<Claimant>[] = [];
  for (const d of all) {
    const c = d.claimant;
    const id = parseResidentId(c.idNumber);
    if (!id.ok) throw new Error(`demo identity number invalid: ${c.idNumber}`);
    const pack = policyPack(c.regionId, today);
    const input: ClaimantEligibilityInput = {
      category: c.category,
      contributions: d.months,
      hospitalStays: d.stays,
      deathDate: c.deathDate ?? null,
      exemptions: c.hardshipGroup ? ['hardshipSubsidised'] : [],
      asOf: today,
    };
    const e = pack.ok ? claimantEligibility(input, pack.value.eligibility) : null;
    const v = e?.ok ? e.value : null;
    claimants.push({
      ...c,
      ...(await identityColumns(em, c.idNumber as string, c.phone)),
      birthDate: id.value.birthDate,
      sex: id.value.sex,
      eligibilityStatus: v?.status ?? 'undetermined',
      eligibilitySince: v?.since ?? null,
      eligibilityWaitingEnd: v?.waitingEnd ?? null,
      eligibilitySuspended: v?.suspendedBecause ?? [],
      eligibilityValidUntil: v?.validUntil ?? null,
      eligibilityAsOf: today,
      eligibilityIssues: v?.issues ?? [],
      eligibilityTrace: e?.ok ? e.trace : [],
      createdBy: officer.id,
    });
  }
  for (let i = 0; i < claimants.length; i += 100) await em.insert(Claimant, claimants.slice(i, i + 100) as never);
  const months = all.flatMap((d) =>
    d.months.map((m) => ({
      ...m,
      claimantId: d.claimant.id,
      regionId: d.claimant.regionId,
      source: 'import' as const,
      recordedBy: officer.id,
    })),
  );
  for (let i = 0; i < months.length; i += 500) await em.insert(ClaimantContribution, months.slice(i, i + 500));
  const stays = all.flatMap((d) =>
    d.stays.map((s) => ({ ...s, claimantId: d.claimant.id, regionId: d.claimant.regionId, recordedBy: officer.id })),
  );
  if (stays.length) await em.insert(HospitalStay, stays);
}
