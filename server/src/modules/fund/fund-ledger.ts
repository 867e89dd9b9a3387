import {
  type DecidedPosting,
  decidePosting,
  type LedgerAccount,
  monthOf,
  type PolicyIssue,
  type PostingInput,
  type Trace,
} from '@ltci/shared';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { FundAccount } from './fund-account.entity.js';
import { FundPosting, FundPostingLine } from './fund-posting.entity.js';
import { recomputeWarnings } from './fund-warnings.js';

/** The accounts a posting names, as far as the caller may see them (another region's unseen account is unknown). */
async function accountsOf(scope: Scope, input: PostingInput): Promise<LedgerAccount[]> {
  const ids = (Array.isArray(input.lines) ? input.lines : []).map((l) => l?.accountId).filter((id) => typeof id === 'string' && isUuid(id));
  if (!ids.length) return [];
  const rows = await scope.rows(FundAccount, 'a').andWhere('a.id = ANY(:ids)', { ids }).getMany();
  return rows.map((a) => ({ id: a.id, regionId: a.regionId, kind: a.kind, countyCode: a.countyCode }));
}

/** The shared decision's refusal: a TPA user is FORBIDDEN, anything else BAD_USER_INPUT with every issue. */
export function postingRefusal(issues: PolicyIssue[]): Error {
  const details = { reason: issues[0].code, issues: issues.map(({ code, path }) => ({ code, path })) };
  const message = issues.map((i) => i.message).join('；');
  if (issues.some((i) => i.code === 'TPA_MAY_NOT_POST')) return new ForbiddenError(message, { ...details, reason: 'TPA_MAY_NOT_POST' });
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path] ??= i.message;
  return new BadUserInputError(fields, message, details);
}

/** Decide a posting in the caller's transaction, or throw the refusal. */
export async function decideInScope(
  scope: Scope,
  input: PostingInput,
  options: { reversing?: boolean } = {},
): Promise<{ decided: DecidedPosting; trace: Trace }> {
  if (typeof input.regionId === 'string') scope.assertRegion(input.regionId);
  const result = decidePosting(input, await accountsOf(scope, input), scope.caller, options);
  if (!result.ok) throw postingRefusal(result.issues);
  return { decided: result.value, trace: result.trace };
}

/**
 * Write a decided posting, its lines and the monthly aggregates in the caller's transaction, then
 * recompute the region's warnings: the dashboard reads the aggregates, never the whole ledger.
 * The caller writes the audit row.
 */
export async function writePosting(
  scope: Scope,
  posting: DecidedPosting,
  trace: Trace,
  extra: { reversalOf?: string; importKey?: string; recompute?: boolean } = {},
): Promise<FundPosting> {
  const [row] = await scope.em.query(
    `INSERT INTO fund_postings (region_id, kind, date, amount, insured_category, memo, reversal_of, import_key, posted_by, posted_by_name, trace)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      posting.regionId,
      posting.kind,
      posting.date,
      posting.amount,
      posting.insuredCategory,
      posting.memo,
      extra.reversalOf ?? null,
      extra.importKey ?? null,
      scope.caller.id,
      scope.caller.username,
      JSON.stringify(trace),
    ],
  );
  await scope.em.insert(
    FundPostingLine,
    posting.lines.map((l) => ({ postingId: row.id, accountId: l.accountId, regionId: posting.regionId, side: l.side, amount: l.amount })),
  );
  await addToMonthly(scope, row.id, posting);
  if (extra.recompute !== false) await recomputeWarnings(scope, posting.regionId);
  return scope.em.findOneByOrFail(FundPosting, { id: row.id });
}

/** One upsert per account the posting touches (lines of one account summed first, in SQL, exactly). */
async function addToMonthly(scope: Scope, postingId: string, posting: DecidedPosting): Promise<void> {
  await scope.em.query(
    `INSERT INTO fund_monthly (account_id, region_id, month, kind, debit, credit, postings)
     SELECT account_id, region_id, $2, $3,
            coalesce(sum(amount) FILTER (WHERE side = 'debit'), 0), coalesce(sum(amount) FILTER (WHERE side = 'credit'), 0), 1
       FROM fund_posting_lines WHERE posting_id = $1 GROUP BY account_id, region_id
     ON CONFLICT (account_id, month, kind) DO UPDATE
       SET debit = fund_monthly.debit + EXCLUDED.debit, credit = fund_monthly.credit + EXCLUDED.credit,
           postings = fund_monthly.postings + 1`,
    [postingId, monthOf(posting.date), posting.kind],
  );
}
