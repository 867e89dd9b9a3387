import {
  type AssessmentParams,
  type BenefitParams,
  disabilityGrade,
  type PolicyPackVersion,
  type PolicyResult,
  quoteBenefit,
  scoreAnnual,
  scorecardTemplate,
  scoreReview,
  scoreScorecard,
  scoreTpa,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { assertRegion } from '../../common/scope.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { calculation } from './calculation.js';
import type { Calculation } from './calculation.types.js';

/** Scorecard forms with a purpose-built scorer; any other template is scored by the generic engine. */
const SCORERS = new Map<string, (input: never) => PolicyResult<unknown>>([
  ['xinjiang-review-2026', scoreReview],
  ['changzhou-annual-2024', scoreAnnual],
  ['tianjin-tpa-2024', scoreTpa],
]);

/**
 * The policy calculators the dashboard previews, served for other clients: each one picks the
 * region's pack version in force on the date (with the region's stored overrides) and hands the
 * input to the pure rule in @ltci/shared. Nothing is stored, so nothing is audited.
 */
export class CalculatorService {
  constructor(private readonly policyData: PolicyDataService) {}

  async policyPack(caller: Caller, regionId: string, date: string): Promise<Calculation> {
    assertRegion(caller, regionId);
    return calculation(await this.policyData.packFor(caller, regionId, date));
  }

  quoteBenefit(caller: Caller, regionId: string, date: string, input: unknown): Promise<Calculation> {
    return this.withPack(caller, regionId, date, (pack) => quoteBenefit(input as never, pack.benefits as BenefitParams));
  }

  disabilityGrade(caller: Caller, regionId: string, date: string, itemScores: unknown): Promise<Calculation> {
    return this.withPack(caller, regionId, date, (pack) => disabilityGrade(itemScores as never, pack.assessment as AssessmentParams));
  }

  scorecardPreview(templateId: string, input: unknown): Calculation {
    const template = scorecardTemplate(templateId);
    if (!template) throw new NotFoundError('评分表模板', templateId);
    const scorer = SCORERS.get(templateId);
    return calculation(scorer ? scorer(input as never) : scoreScorecard(input as never, template));
  }

  private async withPack(
    caller: Caller,
    regionId: string,
    date: string,
    rule: (pack: PolicyPackVersion) => PolicyResult<unknown>,
  ): Promise<Calculation> {
    assertRegion(caller, regionId);
    const pack = await this.policyData.packFor(caller, regionId, date);
    if (!pack.ok) return calculation(pack);
    const result = rule(pack.value);
    return result.ok ? { value: result.value, trace: [...pack.trace, ...result.trace] } : calculation(result);
  }
}
