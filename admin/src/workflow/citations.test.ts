import { POLICY_CHANGE_WORKFLOW, SERVICE_AGREEMENT_WORKFLOW } from '@ltci/shared';
import { describe, expect, it } from 'vitest';
import { actionCitation, blockCitation, issuePrefixes } from './citations';

describe('the article shown beside a workflow action and what blocks it', () => {
  it('a guard cites its own article (policy change: the effective-date guard)', () => {
    const guard = POLICY_CHANGE_WORKFLOW.transitions.find((t) => t.action === 'approve')?.guards?.[0];
    expect(guard?.code).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect(blockCitation(POLICY_CHANGE_WORKFLOW, 'approve', 'EFFECTIVE_DATE_TOO_EARLY')).toBe(guard?.citation);
  });

  it('four-eyes (SAME_PERSON) cites the transition: Xinjiang art. 25 for approving a termination', () => {
    const citation = blockCitation(SERVICE_AGREEMENT_WORKFLOW, 'approve_termination', 'SAME_PERSON');
    expect(citation).toBe(actionCitation(SERVICE_AGREEMENT_WORKFLOW, 'approve_termination'));
    expect(citation).toMatch(/Xinjiang art\. 25/);
  });

  it('an action the table lacks has no citation; prefixes put the page’s wording first', () => {
    expect(blockCitation(SERVICE_AGREEMENT_WORKFLOW, 'nope', 'SAME_PERSON')).toBeNull();
    expect(issuePrefixes(POLICY_CHANGE_WORKFLOW, ['app.policyData.blocked'])).toEqual([
      'app.policyData.blocked',
      'workflow.policyChange.issues',
    ]);
  });
});
