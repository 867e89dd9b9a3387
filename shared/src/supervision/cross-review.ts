import { mulberry32, seededShuffle } from '../assessment/prng.js';
import type { Trace } from '../core/trace.js';

export const CROSS_REVIEW_CITATION =
  'Xinjiang art. 26 (定期组织对评估结论进行交叉复核); Product rule: a random selection is reproducible from its recorded seed';

export interface ReviewableConclusion {
  id: string;
  /** The assessment institution that concluded it. */
  institutionId: string;
}

export interface CrossReviewAssignment {
  conclusionId: string;
  institutionId: string;
  /** Another assessment institution, whose experts review the conclusion on its records. */
  reviewerInstitutionId: string;
}

/**
 * A periodic cross-review sample (Xinjiang art. 26): `count` conclusions drawn with the seed, each
 * given to an assessment institution other than the one that concluded it (drawn with the same
 * generator), so the draw replays from its seed. A conclusion no other institution can review is left out.
 */
export function crossReviewSample(
  conclusions: readonly ReviewableConclusion[],
  institutions: readonly string[],
  count: number,
  seed: number,
): { seed: number; assignments: CrossReviewAssignment[]; trace: Trace } {
  const random = mulberry32(seed);
  const pool = [...new Set(institutions)].sort();
  const sorted = [...conclusions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const assignments: CrossReviewAssignment[] = [];
  for (const c of seededShuffle(sorted, random)) {
    if (assignments.length >= count) break;
    const others = pool.filter((i) => i !== c.institutionId);
    if (!others.length) continue;
    assignments.push({
      conclusionId: c.id,
      institutionId: c.institutionId,
      reviewerInstitutionId: others[Math.floor(random() * others.length)],
    });
  }
  return {
    seed,
    assignments,
    trace: [
      {
        rule: 'supervision.crossReview',
        citation: CROSS_REVIEW_CITATION,
        inputs: { seed, conclusions: sorted.length, institutions: pool.length, count },
        output: assignments.map((a) => [a.conclusionId, a.reviewerInstitutionId]),
      },
    ],
  };
}
