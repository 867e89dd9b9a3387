import {
  decideReversalProposal,
  FUND_ACCOUNT_KINDS,
  FUND_REVERSAL_WORKFLOW,
  isIsoDate,
  isIsoMonth,
  type PostingInput,
  type ReversalAction,
  type ReversalFacts,
  type ReversalState,
  reversingLines,
} from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { applyListArgs, countRows } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  ACCOUNT_SORT,
  type AcknowledgeFundWarningArgs,
  type FundAccountFilter,
  type FundAccountListArgs,
  type FundMonthlyArgs,
  type FundPostingFilter,
  type FundPostingListArgs,
  type FundReversalFilter,
  type FundReversalListArgs,
  type FundWarningFilter,
  type FundWarningListArgs,
  POSTING_SORT,
  type PostFundArgs,
  type ProposeFundReversalArgs,
  REVERSAL_SORT,
  type TransitionFundReversalArgs,
  WARNING_SORT,
} from './fund.args.js';
import { FundAccount } from './fund-account.entity.js';
import { decideInScope, postingRefusal, writePosting } from './fund-ledger.js';
import { FundMonthly } from './fund-monthly.entity.js';
import { FundPosting, FundPostingLine } from './fund-posting.entity.js';
import { FundReversal } from './fund-reversal.entity.js';
import { FundWarning } from './fund-warning.entity.js';

/** The fund ledger of the caller's regions: accounts, immutable postings, reversals by a second person, aggregates and warnings. */
export class FundService {
  constructor(private readonly db: Db) {}

  accounts(caller: Caller, args: FundAccountListArgs): Promise<FundAccount[]> {
    return this.db.read(caller, async (scope) =>
      withBalances(scope, await applyListArgs(accountRows(scope, args.filter), args, ACCOUNT_SORT).getMany()),
    );
  }

  countAccounts(caller: Caller, filter?: FundAccountFilter): Promise<number> {
    return this.db.read(caller, (scope) => countRows(accountRows(scope, filter)));
  }

  account(caller: Caller, id: string): Promise<FundAccount> {
    return this.db.read(caller, async (scope) => (await withBalances(scope, [await scope.one(FundAccount, id)]))[0]);
  }

  postings(caller: Caller, args: FundPostingListArgs): Promise<FundPosting[]> {
    return this.db.read(caller, (scope) => applyListArgs(postingRows(scope, args.filter), args, POSTING_SORT).getMany());
  }

  countPostings(caller: Caller, filter?: FundPostingFilter): Promise<number> {
    return this.db.read(caller, (scope) => countRows(postingRows(scope, filter)));
  }

  posting(caller: Caller, id: string): Promise<FundPosting> {
    return this.db.read(caller, (scope) => scope.one(FundPosting, id));
  }

  post(caller: Caller, args: PostFundArgs): Promise<FundPosting> {
    return this.db.write(caller, 'postFund', async (scope) => {
      const { decided, trace } = await decideInScope(scope, args as unknown as PostingInput);
      const saved = await writePosting(scope, decided, trace);
      await recordAudit(scope.em, caller, {
        operation: 'post',
        entityType: 'FundPosting',
        entityId: saved.id,
        regionId: saved.regionId,
        after: { ...saved, lines: decided.lines },
      });
      return saved;
    });
  }

  reversals(caller: Caller, args: FundReversalListArgs): Promise<FundReversal[]> {
    return this.db.read(caller, (scope) => applyListArgs(reversalRows(scope, args.filter), args, REVERSAL_SORT).getMany());
  }

  countReversals(caller: Caller, filter?: FundReversalFilter): Promise<number> {
    return this.db.read(caller, (scope) => countRows(reversalRows(scope, filter)));
  }

  reversal(caller: Caller, id: string): Promise<FundReversal> {
    return this.db.read(caller, (scope) => scope.one(FundReversal, id));
  }

  /** Propose the reversal of a posting, with a reason; a second person approves it (fundReversal workflow). */
  async proposeReversal(caller: Caller, args: ProposeFundReversalArgs): Promise<FundReversal> {
    try {
      return await this.propose(caller, args);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError('该笔记账已有待审批的冲正申请', undefined, { reason: 'REVERSAL_PENDING' });
      throw error;
    }
  }

  private propose(caller: Caller, args: ProposeFundReversalArgs): Promise<FundReversal> {
    return this.db.write(caller, 'proposeFundReversal', async (scope) => {
      // postings are insert-only (no FOR UPDATE); the one-live-reversal index settles a race
      const posting = await scope.one(FundPosting, args.postingId);
      scope.assertRegion(posting.regionId);
      const [state] = await scope.em.query(
        `SELECT (SELECT id FROM fund_postings WHERE reversal_of = $1) AS "reversedBy",
                EXISTS (SELECT 1 FROM fund_reversals WHERE posting_id = $1 AND state = 'proposed') AS pending`,
        [posting.id],
      );
      const decided = decideReversalProposal(
        { id: posting.id, reversalOf: posting.reversalOf, reversedBy: state.reversedBy, pendingProposal: state.pending },
        args.reason,
      );
      if (!decided.ok) throw postingRefusal(decided.issues);
      const saved = await scope.em.save(
        scope.em.create(FundReversal, {
          regionId: posting.regionId,
          postingId: posting.id,
          preparedBy: caller.id,
          reason: decided.value.reason,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'FundReversal',
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  transitionReversal(caller: Caller, args: TransitionFundReversalArgs): Promise<FundReversal> {
    return this.db.write(caller, 'transitionFundReversal', (scope) => runTransition(scope, REVERSAL_TRANSITIONS, args));
  }

  monthly(caller: Caller, args: FundMonthlyArgs): Promise<FundMonthly[]> {
    if (!isIsoMonth(args.from) || !isIsoMonth(args.to))
      throw new BadUserInputError({ from: '月份格式应为 YYYY-MM', to: '月份格式应为 YYYY-MM' });
    return this.db.read(caller, (scope) => {
      if (!scope.regions(args.regionId).length) return Promise.resolve([]);
      const qb = scope.em
        .createQueryBuilder(FundMonthly, 'm')
        .where('m.region_id = :region AND m.month BETWEEN :from AND :to', { region: args.regionId, from: args.from, to: args.to });
      if (args.accountId) qb.andWhere('m.account_id = :account', { account: isUuid(args.accountId) ? args.accountId : null });
      return qb.orderBy('m.month').addOrderBy('m.account_id').addOrderBy('m.kind').limit(20_000).getMany();
    });
  }

  warnings(caller: Caller, args: FundWarningListArgs): Promise<FundWarning[]> {
    return this.db.read(caller, (scope) => applyListArgs(warningRows(scope, args.filter), args, WARNING_SORT).getMany());
  }

  countWarnings(caller: Caller, filter?: FundWarningFilter): Promise<number> {
    return this.db.read(caller, (scope) => countRows(warningRows(scope, filter)));
  }

  warning(caller: Caller, id: string): Promise<FundWarning> {
    return this.db.read(caller, (scope) => scope.one(FundWarning, id));
  }

  /** Acknowledge an open warning with a note (Qinhuangdao art. 58: the agency reports and acts); it resolves only when the figures do. */
  acknowledgeWarning(caller: Caller, args: AcknowledgeFundWarningArgs): Promise<FundWarning> {
    return this.db.write(caller, 'acknowledgeFundWarning', async (scope) => {
      const note = args.note.trim();
      if (!note) throw new BadUserInputError({ note: '请填写确认说明' }, undefined, { reason: 'NOTE_REQUIRED' });
      if ([...note].length > 1000) throw new BadUserInputError({ note: '说明最多1000字' });
      const before = await scope.one(FundWarning, args.id, { lock: true });
      scope.assertRegion(before.regionId);
      if (before.state !== 'open') throw new ConflictError('只有未处理的预警可以确认', undefined, { reason: 'WARNING_NOT_OPEN' });
      const after = { ...before, state: 'acknowledged' as const, note, acknowledgedBy: caller.username };
      await scope.em.update(FundWarning, { id: before.id }, { state: after.state, note, acknowledgedBy: caller.username });
      await recordAudit(scope.em, caller, {
        operation: 'acknowledge',
        entityType: 'FundWarning',
        entityId: before.id,
        regionId: before.regionId,
        before,
        after,
      });
      return after;
    });
  }
}

const REVERSAL_TRANSITIONS: TransitionSpec<FundReversal, ReversalState, ReversalAction, ReversalFacts> = {
  workflow: FUND_REVERSAL_WORKFLOW,
  entity: FundReversal,
  entityType: 'FundReversal',
  facts: async () => ({}),
  // Approved: the reversing posting is written in the same transaction, lines swapped, dated today.
  after: async (row, scope) => {
    if (row.state !== 'approved') return;
    const original = await scope.one(FundPosting, row.postingId);
    const lines = await scope.em.find(FundPostingLine, { where: { postingId: original.id }, order: { id: 'ASC' } });
    const today = todayInChina();
    const { decided, trace } = await decideInScope(
      scope,
      {
        regionId: original.regionId,
        kind: original.kind,
        date: [today, original.date].sort()[1], // never before the original
        insuredCategory: original.insuredCategory as PostingInput['insuredCategory'],
        memo: `冲正 #${original.number}：${row.reason}`.slice(0, 500),
        lines: reversingLines(lines.map((l) => ({ accountId: l.accountId, side: l.side, amount: l.amount }))),
      },
      { reversing: true },
    );
    const reversing = await writePosting(scope, decided, trace, { reversalOf: original.id });
    await scope.em.update(FundReversal, { id: row.id }, { reversingPostingId: reversing.id });
    row.reversingPostingId = reversing.id;
  },
};

/** Each account's balance from the ledger's monthly aggregates (debits − credits). */
async function withBalances(scope: Scope, accounts: FundAccount[]): Promise<FundAccount[]> {
  if (!accounts.length) return accounts;
  const rows: { account_id: string; balance: string }[] = await scope.em.query(
    `SELECT account_id, sum(debit - credit)::numeric(18,2)::text AS balance FROM fund_monthly WHERE account_id = ANY($1) GROUP BY account_id`,
    [accounts.map((a) => a.id)],
  );
  const by = new Map(rows.map((r) => [r.account_id, r.balance]));
  return accounts.map((a) => Object.assign(a, { balance: by.get(a.id) ?? '0.00', isFund: FUND_ACCOUNT_KINDS.includes(a.kind) }));
}

function accountRows(scope: Scope, given?: FundAccountFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(FundAccount, 'a', filter.regionId);
  if (filter.ids) qb.andWhere('a.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.kind) qb.andWhere('a.kind = :kind', { kind: filter.kind });
  if (filter.fundOnly) qb.andWhere('a.kind = ANY(:fundKinds)', { fundKinds: FUND_ACCOUNT_KINDS });
  return qb;
}

function postingRows(scope: Scope, given?: FundPostingFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(FundPosting, 'p', filter.regionId);
  if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
  if (filter.accountId)
    qb.andWhere('EXISTS (SELECT 1 FROM fund_posting_lines l WHERE l.posting_id = p.id AND l.account_id = :account)', {
      account: isUuid(filter.accountId) ? filter.accountId : null,
    });
  for (const [key, op] of [
    ['from', '>='],
    ['to', '<='],
  ] as const) {
    const value = filter[key];
    if (value == null) continue;
    if (!isIsoDate(value)) throw new BadUserInputError({ [`filter.${key}`]: '日期格式应为 YYYY-MM-DD' });
    qb.andWhere(`p.date ${op} :${key}`, { [key]: value });
  }
  return qb;
}

function reversalRows(scope: Scope, given?: FundReversalFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(FundReversal, 'r', filter.regionId);
  if (filter.state) qb.andWhere('r.state = :state', { state: filter.state });
  return qb;
}

function warningRows(scope: Scope, given?: FundWarningFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(FundWarning, 'w', filter.regionId);
  if (filter.state) qb.andWhere('w.state = :state', { state: filter.state });
  return qb;
}
