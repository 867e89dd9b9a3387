import { describe, expect, it } from 'vitest';
import { attachmentCategory } from '../attachments/categories.js';
import { decideTransition } from '../workflow/kernel.js';
import { decideFundGrant, FUND_GRANT_WORKFLOW, GRANT_DOCUMENT_CATEGORY } from './grant.js';
import { POSTING_KIND_RULES } from './posting-kinds.js';

const codes = (input: Record<string, unknown>) => {
  const r = decideFundGrant({ kind: 'subsidy', source: '秦皇岛市财政局', documentRef: '秦财社〔2026〕12号', ...input });
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('decideFundGrant', () => {
  it('Qinhuangdao art. 50 ¶1, 51: a subsidy and a donation go into the fiscal special account, from the finance and donor counterparties', () => {
    expect(POSTING_KIND_RULES.subsidy).toMatchObject({ class: 'income', debit: ['special'], credit: ['finance'] });
    expect(POSTING_KIND_RULES.donation).toMatchObject({ class: 'income', debit: ['special'], credit: ['donor'] });
    const r = decideFundGrant({ kind: 'donation', source: ' 秦皇岛市慈善总会 ', documentRef: ' JZ-2026-007 ' });
    expect(r.ok && r.value).toEqual({ kind: 'donation', source: '秦皇岛市慈善总会', documentRef: 'JZ-2026-007' });
    expect(r.ok && r.trace.map((s) => s.citation).join(' ')).toContain('art. 15');
  });
  it('Product rule: 凭拨款文件或捐赠协议入账 — the source and the document reference are required; only subsidies and donations', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ source: ' ' })).toEqual(['SOURCE_REQUIRED']);
    expect(codes({ documentRef: null })).toEqual(['DOCUMENT_REF_REQUIRED']);
    expect(codes({ kind: 'collection' })).toEqual(['INVALID_KIND']);
    expect(codes({ source: 'x'.repeat(201), documentRef: 'y'.repeat(101) })).toEqual(['OUT_OF_RANGE', 'OUT_OF_RANGE']);
    expect(attachmentCategory(GRANT_DOCUMENT_CATEGORY)?.citation).toBe('Qinhuangdao art. 51');
  });
});

describe('FUND_GRANT_WORKFLOW', () => {
  const ctx = (actorId: string, action: string, documents: number, reason?: string) => ({
    state: 'proposed',
    actor: { id: actorId, roles: ['fund_manager'] },
    preparedBy: 'maker',
    history: [],
    facts: { documents },
    action,
    reason,
  });
  it('Product rule: maker-checker (Qinhuangdao art. 56) — a second fund manager posts it once its document is attached', () => {
    const d = decideTransition(FUND_GRANT_WORKFLOW, ctx('checker', 'approve', 1) as never);
    expect(d.ok && d.value.to).toBe('posted');
    const self = decideTransition(FUND_GRANT_WORKFLOW, ctx('maker', 'approve', 1) as never);
    expect(self.ok).toBe(false);
    const bare = decideTransition(FUND_GRANT_WORKFLOW, ctx('checker', 'approve', 0) as never);
    expect(!bare.ok && bare.issues.map((i) => i.code)).toContain('GRANT_DOCUMENT_MISSING');
    const reject = decideTransition(FUND_GRANT_WORKFLOW, ctx('checker', 'reject', 0, '文号与文件不符') as never);
    expect(reject.ok && reject.value.to).toBe('rejected');
  });
});
