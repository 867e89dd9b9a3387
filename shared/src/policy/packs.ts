import { qinhuangdaoAssessmentParams, tumxukAssessmentParams } from '../assessment/params.js';
import { qinhuangdaoBenefitParams, tumxukBenefitParams } from '../benefits/params.js';
import { type ContributionParams, qinhuangdaoContributionParams, tumxukContributionParams } from '../contributions/params.js';
import type { IsoDate } from '../core/dates.js';
import { qinhuangdaoEligibilityParams, tumxukEligibilityParams } from '../eligibility/params.js';
import { qinhuangdaoFundParams, tumxukFundParams } from '../fund/params.js';
import { qinhuangdaoInstitutionParams, tumxukInstitutionParams } from '../institutions/params.js';
import { qinhuangdaoSettlementParams, tumxukSettlementParams } from '../settlement/params.js';
import type { PolicyPack, PolicyPackVersion, RegionCode } from './pack-types.js';

/** A deep copy, so that no two versions share (and an override never mutates) the same objects. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The contribution parameters as known on 1 January of `year`: resident rates decided for later
 * years not yet in force. When later rates were cut, the last kept rate does not run on into
 * their years (a 2028 pack asked for 2029 answers PARAMETER_MISSING, not 2028's rate).
 */
function residentRatesUpTo(params: ContributionParams, year: number): ContributionParams {
  const rates = params.resident.rates.filter((r) => r.fromYear <= year);
  const lastRateContinues = params.resident.lastRateContinues && rates.length === params.resident.rates.length;
  return { ...params, resident: { ...params.resident, rates, lastRateContinues } };
}

type Sections = Pick<
  PolicyPackVersion,
  'contributions' | 'eligibility' | 'assessment' | 'benefits' | 'fund' | 'institutions' | 'settlement'
>;

function version(head: Omit<PolicyPackVersion, keyof Sections>, sections: Sections): PolicyPackVersion {
  return copy({ ...head, ...sections });
}

const qinhuangdaoSections = (year: number): Sections => ({
  contributions: residentRatesUpTo(qinhuangdaoContributionParams, year),
  eligibility: qinhuangdaoEligibilityParams,
  assessment: qinhuangdaoAssessmentParams,
  benefits: qinhuangdaoBenefitParams,
  fund: qinhuangdaoFundParams,
  institutions: qinhuangdaoInstitutionParams,
  settlement: qinhuangdaoSettlementParams,
});

const tumxukSections = (year: number): Sections => ({
  contributions: residentRatesUpTo(tumxukContributionParams, year),
  eligibility: tumxukEligibilityParams,
  assessment: tumxukAssessmentParams,
  benefits: tumxukBenefitParams,
  fund: tumxukFundParams,
  institutions: tumxukInstitutionParams,
  settlement: tumxukSettlementParams,
});

const QHD_TITLE = '秦皇岛市长期护理保险实施细则';
const TUMXUK_TITLE = '第三师图木舒克市贯彻落实兵团长期护理保险制度的实施方案';

/** Qinhuangdao: employees, retirees and flexible workers from 2026-07-01 (art. 75); residents from 2027 (art. 3(二), 10(四)). */
export const qinhuangdaoPack: PolicyPack = {
  region: 'qinhuangdao',
  title: QHD_TITLE,
  versions: [
    version(
      {
        region: 'qinhuangdao',
        validFrom: '2026-07-01',
        title: `${QHD_TITLE}（2026，职工）`,
        source: 'Qinhuangdao',
        citation: 'Qinhuangdao art. 75',
      },
      qinhuangdaoSections(2026),
    ),
    version(
      {
        region: 'qinhuangdao',
        validFrom: '2027-01-01',
        title: `${QHD_TITLE}（2027，城乡居民纳入，0.15%）`,
        source: 'Qinhuangdao',
        citation: 'Qinhuangdao art. 3(二), 10(四)',
      },
      qinhuangdaoSections(2027),
    ),
  ],
};

/** Tumxuk: employees from 2026-09-01 (closing paragraph); residents from 2027 at 0.15% rising by 0.05 points a year to 0.3% in 2030 (§4(二)). */
export const tumxukPack: PolicyPack = {
  region: 'tumxuk',
  title: TUMXUK_TITLE,
  versions: [
    version(
      {
        region: 'tumxuk',
        validFrom: '2026-09-01',
        title: `${TUMXUK_TITLE}（2026，职工）`,
        source: 'Tumxuk',
        citation: 'Tumxuk §2, closing paragraph',
      },
      tumxukSections(2026),
    ),
    ...[
      [2027, '0.15%'],
      [2028, '0.2%'],
      [2029, '0.25%'],
      [2030, '0.3%'],
    ].map(([year, rate]) =>
      version(
        {
          region: 'tumxuk',
          validFrom: `${year}-01-01`,
          title: `${TUMXUK_TITLE}（${year}，城乡居民 ${rate}）`,
          source: 'Tumxuk',
          citation: 'Tumxuk §4(二)',
        },
        tumxukSections(year as number),
      ),
    ),
  ],
};

/** The packs that ship, by region code. */
export const shippedPacks: Record<string, PolicyPack> = { qinhuangdao: qinhuangdaoPack, tumxuk: tumxukPack };

export interface RegionSummary {
  region: RegionCode;
  title: string;
  /** validFrom of each version, ascending. */
  versions: IsoDate[];
}

/** The regions of `packs` (the shipped ones by default), with the dates their versions start. */
export function listRegions(packs: Record<string, PolicyPack> = shippedPacks): RegionSummary[] {
  return Object.values(packs).map((p) => ({ region: p.region, title: p.title, versions: p.versions.map((v) => v.validFrom) }));
}
