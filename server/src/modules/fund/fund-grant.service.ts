import {
  decideFundGrant,
  FUND_GRANT_WORKFLOW,
  type FundGrantAction,
  type FundGrantFacts,
  type FundGrantState,
  GRANT_DOCUMENT_CATEGORY,
  type PostingInput,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { isUuid } from '../../common/ids.js';
import { applyListArgs, countRows } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import { FundAccount } from './fund-account.entity.js';
import {
  type CreateFundGrantArgs,
  type FundGrantFilter,
  type FundGrantListArgs,
  GRANT_SORT,
  type TransitionFundGrantArgs,
} from './fund-grant.args.js';
import { FundGrant } from './fund-grant.entity.js';
import { decideInScope, postingRefusal, writePosting } from './fund-ledger.js';

/**
 * Subsidies and donations (Qinhuangdao art. 50 ¶1, 51; art. 15): one fund manager enters the amount, the
 * source, the document's reference and attaches the document; a second one posts it to the special account.
 */
export class FundGrantService {
  constructor(private readonly db: Db) {}

  list(caller: Caller, args: FundGrantListArgs): Promise<FundGrant[]> {
    return this.db.read(caller, (scope) => applyListArgs(grantRows(scope, args.filter), args, GRANT_SORT).getMany());
  }

  count(caller: Caller, filter?: FundGrantFilter | null): Promise<number> {
    return this.db.read(caller, (scope) => countRows(grantRows(scope, filter)));
  }

  get(caller: Caller, id: string): Promise<FundGrant> {
    return this.db.read(caller, (scope) => scope.one(FundGrant, id));
  }

  /** Enter a subsidy or donation: its fields checked by `shared`, its posting decided now (not yet written). */
  create(caller: Caller, args: CreateFundGrantArgs): Promise<FundGrant> {
    return this.db.write(caller, 'createFundGrant', async (scope) => {
      if (typeof args.regionId === 'string') scope.assertRegion(args.regionId);
      const grant = decideFundGrant(args);
      if (!grant.ok) throw postingRefusal(grant.issues);
      const { decided, trace } = await decideInScope(scope, await postingOf(scope, { ...args, kind: grant.value.kind }));
      const saved = await scope.em.save(
        scope.em.create(FundGrant, {
          regionId: decided.regionId,
          kind: grant.value.kind,
          date: decided.date,
          amount: decided.amount,
          source: grant.value.source,
          documentRef: grant.value.documentRef,
          accountId: args.accountId,
          memo: decided.memo,
          preparedBy: caller.id,
          trace: [...grant.trace, ...trace] as never,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'FundGrant',
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  transition(caller: Caller, args: TransitionFundGrantArgs): Promise<FundGrant> {
    return this.db.write(caller, 'transitionFundGrant', (scope) => runTransition(scope, GRANT_TRANSITIONS, args));
  }
}

/** The double entry a grant becomes: debit the special account it names, credit the region's subsidy or donor counterparty. */
async function postingOf(
  scope: Scope,
  g: {
    regionId: string;
    kind: 'subsidy' | 'donation';
    date: string;
    amount: string;
    accountId: string;
    memo?: string | null;
    source?: string;
    documentRef?: string;
  },
): Promise<PostingInput> {
  const counterKind = g.kind === 'subsidy' ? 'finance' : 'donor';
  const counter = await scope.rows(FundAccount, 'a', g.regionId).andWhere('a.kind = :k', { k: counterKind }).getOne();
  const memo = g.memo?.trim() || `${g.source ?? ''} ${g.documentRef ?? ''}`.trim() || null;
  return {
    regionId: g.regionId,
    kind: g.kind,
    date: g.date,
    memo,
    lines: [
      { accountId: isUuid(g.accountId) ? g.accountId : '', side: 'debit', amount: g.amount },
      { accountId: counter?.id ?? '', side: 'credit', amount: g.amount },
    ],
  };
}

/** How many approving documents the record carries (the attachments filed under `grant_document`). */
export async function grantFacts(row: FundGrant, scope: Scope): Promise<FundGrantFacts> {
  const [{ n }] = await scope.em.query(
    'SELECT count(*)::int AS n FROM attachments WHERE owner_type = $1 AND owner_id = $2 AND category = $3 AND deleted_at IS NULL',
    ['FundGrant', row.id, GRANT_DOCUMENT_CATEGORY],
  );
  return { documents: n };
}

/** Posted: the ledger's subsidy or donation posting, decided again and written in the same transaction (Qinhuangdao art. 51). */
async function postGrant(row: FundGrant, scope: Scope): Promise<void> {
  if (row.state !== 'posted') return;
  const { decided, trace } = await decideInScope(scope, await postingOf(scope, row));
  const posting = await writePosting(scope, decided, trace);
  await scope.em.update(FundGrant, { id: row.id }, { postingId: posting.id });
  row.postingId = posting.id;
  await recordAudit(scope.em, scope.caller, {
    operation: 'post',
    entityType: 'FundPosting',
    entityId: posting.id,
    regionId: posting.regionId,
    after: { ...posting, lines: decided.lines, fundGrant: row.id },
  });
}

const GRANT_TRANSITIONS: TransitionSpec<FundGrant, FundGrantState, FundGrantAction, FundGrantFacts> = {
  workflow: FUND_GRANT_WORKFLOW,
  entity: FundGrant,
  entityType: 'FundGrant',
  facts: grantFacts,
  after: postGrant,
};

function grantRows(scope: Scope, given?: FundGrantFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(FundGrant, 'g', filter.regionId);
  if (filter.ids) qb.andWhere('g.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.kind) qb.andWhere('g.kind = :kind', { kind: filter.kind });
  if (filter.state) qb.andWhere('g.state = :state', { state: filter.state });
  return qb;
}
