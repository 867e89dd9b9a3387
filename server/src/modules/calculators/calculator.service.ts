import {
  type AssessmentParams,
  type BenefitParams,
  disabilityGrade,
  type PolicyPackVersion,
  type PolicyResult,
  policyPack,
  quoteBenefit,
  scoreAnnual,
  scorecardTemplate,
  scoreReview,
  scoreScorecard,
  scoreTpa,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { assertRegion } from '../../common/region-scope.js';
import type { Calculation } from './calculation.types.js';

/** Scorecard forms with a purpose-built scorer; any other template is scored by the generic engine. */
const SCORERS: Record<string, (input: never) => PolicyResult<unknown>> = {
  'xinjiang-review-2026': scoreReview,
  'changzhou-annual-2024': scoreAnnual,
  'tianjin-tpa-2024': scoreTpa,
};

/**
 * The policy calculators the dashboard previews, served for other clients: each one picks the
 * region's pack version in force on the date and hands the input to the pure rule in @ltci/shared.
 * Nothing is stored, so nothing is audited.
 */
export class CalculatorService {
  policyPack(caller: Caller, regionId: string, date: string): Calculation {
    assertRegion(caller, regionId);
    return calculation(policyPack(regionId, date));
  }

  quoteBenefit(caller: Caller, regionId: string, date: string, input: unknown): Calculation {
    return this.withPack(caller, regionId, date, (pack) => quoteBenefit(input as never, pack.benefits as BenefitParams));
  }

  disabilityGrade(caller: Caller, regionId: string, date: string, itemScores: unknown): Calculation {
    return this.withPack(caller, regionId, date, (pack) => disabilityGrade(itemScores as never, pack.assessment as AssessmentParams));
  }

  scorecardPreview(templateId: string, input: unknown): Calculation {
    const template = scorecardTemplate(templateId);
    if (!template) throw new NotFoundError('评分表模板', templateId);
    const scorer = SCORERS[templateId];
    return calculation(scorer ? scorer(input as never) : scoreScorecard(input as never, template));
  }

  private withPack(caller: Caller, regionId: string, date: string, rule: (pack: PolicyPackVersion) => PolicyResult<unknown>): Calculation {
    assertRegion(caller, regionId);
    const pack = policyPack(regionId, date);
    if (!pack.ok) return calculation(pack);
    const result = rule(pack.value);
    return result.ok ? { value: result.value, trace: [...pack.trace, ...result.trace] } : calculation(result);
  }
}

/** A rule's result as GraphQL returns it; its input problems as one BAD_USER_INPUT listing every field. */
function calculation(result: PolicyResult<unknown>): Calculation {
  if (result.ok) return { value: result.value, trace: result.trace };
  const fields: Record<string, string> = {};
  for (const issue of result.issues) fields[issue.path] = fields[issue.path] ? `${fields[issue.path]}；${issue.message}` : issue.message;
  throw new BadUserInputError(fields, `计算参数有误：${result.issues.map((i) => `${i.path} ${i.code}`).join('，')}`);
}
