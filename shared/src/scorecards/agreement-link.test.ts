import { describe, expect, it } from 'vitest';
import { SCORECARD_LINK_PARAMS, type ScorecardLinkParams, scorecardAgreementLink } from './agreement-link.js';

describe('the signed-off score and the agreement (Xinjiang art. 27)', () => {
  it('Xinjiang art. 27: no region sets figures for the link, so a signed-off 81.00 is shown with "not set", never a guessed consequence', () => {
    expect(SCORECARD_LINK_PARAMS).toEqual({ qinhuangdao: null, tumxuk: null });
    const { value, trace } = scorecardAgreementLink({ scorecardId: 's1', year: 2026, total: '81.00' }, SCORECARD_LINK_PARAMS.tumxuk);
    expect(value).toEqual({
      latest: { scorecardId: 's1', year: 2026, total: '81.00' },
      paramsSet: false,
      renewal: 'notSet',
      feeShare: null,
    });
    expect(trace.map((s) => s.rule)).toEqual(['scorecard.link.latest', 'scorecard.link.params', 'scorecard.link.renewal']);
    expect(trace.every((s) => s.citation.startsWith('Xinjiang art. 27'))).toBe(true);
  });

  it('Xinjiang art. 27: with figures a region might set (renew from 60; 90+ paid in full, 60+ at 95%, below 60 at 80%), 81.00 renews at 95%, 59.50 does not and is paid 80%', () => {
    const params: ScorecardLinkParams = {
      renewalMinScore: '60',
      feeBands: [
        { minScore: '90', paidShare: '1' },
        { minScore: '60', paidShare: '0.95' },
        { minScore: '0', paidShare: '0.8' },
      ],
      citation: 'Xinjiang art. 27',
    };
    // 81.00 ≥ 60 → renew; 81.00 < 90, ≥ 60 → 0.95
    expect(scorecardAgreementLink({ scorecardId: 's1', year: 2026, total: '81.00' }, params).value).toMatchObject({
      renewal: 'renew',
      feeShare: '0.95',
    });
    // 59.50 < 60 → not renewed; only the 0 band → 0.8
    expect(scorecardAgreementLink({ scorecardId: 's2', year: 2026, total: '59.50' }, params).value).toMatchObject({
      renewal: 'notRenew',
      feeShare: '0.8',
    });
    // no signed-off year yet: nothing to read
    expect(scorecardAgreementLink(null, params).value).toMatchObject({ latest: null, renewal: 'notSet', feeShare: null });
  });
});
