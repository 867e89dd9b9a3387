import { describe, expect, it } from 'vitest';
import { adoptedScorecards } from './adoption.js';

describe('adoptedScorecards', () => {
  it('Xinjiang art. 9, annex 2: Tumxuk reviews designation applications on the annex 2 form', () => {
    expect(adoptedScorecards('tumxuk', 2027).map((a) => [a.purpose, a.template.id])).toEqual([
      ['designationReview', 'xinjiang-review-2026'],
      ['annualAssessment', 'changzhou-annual-2024'],
      ['tpaAssessment', 'tianjin-tpa-2024'],
    ]);
  });
  it('Qinhuangdao art. 39, 67: Qinhuangdao scores institutions and the TPA; no template before 2026 or for an unknown region', () => {
    expect(adoptedScorecards('qinhuangdao', 2026).map((a) => a.template.id)).toEqual(['changzhou-annual-2024', 'tianjin-tpa-2024']);
    expect(adoptedScorecards('qinhuangdao', 2025)).toEqual([]);
    expect(adoptedScorecards('toString', 2026)).toEqual([]);
  });
});
