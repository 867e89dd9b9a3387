import type { ScorecardTemplate } from '../template-types.js';
import { changzhouAnnual2024 } from './changzhou-annual-2024.js';
import { tianjinTpa2024 } from './tianjin-tpa-2024.js';
import { xinjiangReview2026 } from './xinjiang-review-2026.js';

/** Every shipped template, by id. */
export const scorecardTemplates: readonly ScorecardTemplate[] = [xinjiangReview2026, changzhouAnnual2024, tianjinTpa2024];

/** The shipped template with this id, or undefined. */
export function scorecardTemplate(id: string): ScorecardTemplate | undefined {
  return scorecardTemplates.find((t) => t.id === id);
}
