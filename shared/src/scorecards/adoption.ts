import type { RegionCode } from '../policy/pack-types.js';
import type { Label } from '../rights/roles.js';
import type { ScorecardTemplate } from './template-types.js';
import { scorecardTemplate } from './templates/registry.js';

/** What a region scores with a template. */
export type ScorecardPurpose = 'designationReview' | 'annualAssessment' | 'tpaAssessment';

export const SCORECARD_PURPOSE_LABELS: Record<ScorecardPurpose, Label> = {
  designationReview: { zh: '定点评估机构综合审核', en: 'Designation review of assessment institutions' },
  annualAssessment: { zh: '定点评估机构年度考核', en: 'Annual assessment of assessment institutions' },
  tpaAssessment: { zh: '经办机构考核', en: 'Assessment of the third-party administrator' },
};

interface Adoption {
  purpose: ScorecardPurpose;
  templateId: string;
  /** First year the region scores with the template. */
  fromYear: number;
  citation: string;
}

/**
 * The templates each region adopts (read-only until a region needs its own): Tumxuk applies the
 * Xinjiang designation rules and their annex 2; both regions take the Changzhou annual scorecard
 * and the Tianjin TPA measures as their templates (policy-rules.md §6, §7).
 */
const ADOPTIONS: Record<string, readonly Adoption[]> = {
  qinhuangdao: [
    {
      purpose: 'annualAssessment',
      templateId: 'changzhou-annual-2024',
      fromYear: 2026,
      citation: 'Qinhuangdao art. 39, 67; Product rule: the Changzhou 2024 scorecard as template',
    },
    {
      purpose: 'tpaAssessment',
      templateId: 'tianjin-tpa-2024',
      fromYear: 2026,
      citation: 'Qinhuangdao art. 62–63, 67; Product rule: the Tianjin measures as template',
    },
  ],
  tumxuk: [
    { purpose: 'designationReview', templateId: 'xinjiang-review-2026', fromYear: 2026, citation: 'Xinjiang art. 9, annex 2' },
    {
      purpose: 'annualAssessment',
      templateId: 'changzhou-annual-2024',
      fromYear: 2026,
      citation: 'Xinjiang art. 27; Product rule: the Changzhou 2024 scorecard as template',
    },
    {
      purpose: 'tpaAssessment',
      templateId: 'tianjin-tpa-2024',
      fromYear: 2026,
      citation: 'Tumxuk §6(五); Product rule: the Tianjin measures as template',
    },
  ],
};

export interface AdoptedScorecard {
  purpose: ScorecardPurpose;
  purposeLabel: Label;
  citation: string;
  template: ScorecardTemplate;
}

/** The templates `region` scores with in `year` (none before it adopts one). */
export function adoptedScorecards(region: RegionCode, year: number): AdoptedScorecard[] {
  const adoptions = Object.hasOwn(ADOPTIONS, region) ? ADOPTIONS[region] : [];
  return adoptions
    .filter((a) => a.fromYear <= year)
    .map((a) => ({
      purpose: a.purpose,
      purposeLabel: SCORECARD_PURPOSE_LABELS[a.purpose],
      citation: a.citation,
      template: scorecardTemplate(a.templateId)!,
    }));
}
