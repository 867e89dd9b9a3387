import { D, isMoney, type Money, money } from '../core/money.js';
import type { PolicyIssue } from '../core/result.js';
import type { AccountKind, LedgerAccount } from './accounts.js';
import { decidePosting, type PostingActor } from './decide-posting.js';
import { POSTING_KIND_RULES, type PostingKind } from './posting-kinds.js';

/**
 * The four manual transfers between the fund's own accounts (Qinhuangdao art. 50 ¶2–3, 52): the
 * special account allocates to the city account, the city to the counties monthly, the counties
 * sweep their balance back at year end, and interest earned on an expenditure account goes back to
 * the special account each quarter.
 */
export const MANUAL_TRANSFER_KINDS = [
  'allocation',
  'countyAllocation',
  'countySweep',
  'interestRemittance',
] as const satisfies readonly PostingKind[];
export type TransferPostingKind = (typeof MANUAL_TRANSFER_KINDS)[number];

export interface TransferAccount extends LedgerAccount {
  name: string;
  balance: Money;
}

export interface TransferInput {
  regionId: string;
  kind: TransferPostingKind;
  fromAccountId: string;
  toAccountId: string;
  amount: string;
  date: string;
  memo?: string | null;
}

export interface TransferPreview {
  /** The accounts money may leave and reach for this kind (the kind's credit and debit sides). */
  fromChoices: TransferAccount[];
  toChoices: TransferAccount[];
  /** Balances before and after, when the posting would be accepted. */
  from: { id: string; before: Money; after: Money } | null;
  to: { id: string; before: Money; after: Money } | null;
  /** The ledger's own refusal (the same decision the server takes), by code. */
  issues: PolicyIssue[];
  /** Not a refusal: the source account would go below zero. */
  overdrawn: boolean;
}

const kindsOf = (kinds: readonly AccountKind[]) => new Set<AccountKind>(kinds);

/**
 * What a transfer would do before it is posted: the ledger's own decision (`decidePosting`) on the
 * two lines the form builds, and each account's balance before and after. The server decides the
 * same posting again when it is sent; this only shows it first.
 */
export function previewTransfer(input: TransferInput, accounts: readonly TransferAccount[], actor: PostingActor): TransferPreview {
  const rule = POSTING_KIND_RULES[input.kind];
  const credit = kindsOf(rule.credit);
  const debit = kindsOf(rule.debit);
  const own = accounts.filter((a) => a.regionId === input.regionId);
  const fromChoices = own.filter((a) => credit.has(a.kind));
  const toChoices = own.filter((a) => debit.has(a.kind));
  const decided = decidePosting(
    {
      regionId: input.regionId,
      kind: input.kind,
      date: input.date,
      insuredCategory: null,
      memo: input.memo ?? null,
      lines: [
        { accountId: input.toAccountId, side: 'debit', amount: input.amount },
        { accountId: input.fromAccountId, side: 'credit', amount: input.amount },
      ],
    },
    accounts,
    actor,
  );
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const fromAccount = byId.get(input.fromAccountId);
  const toAccount = byId.get(input.toAccountId);
  const amount = isMoney(input.amount) ? new D(input.amount) : null;
  // both lines carry the same amount: one issue per code
  const issues = decided.ok ? [] : decided.issues.filter((i, n, all) => all.findIndex((j) => j.code === i.code) === n);
  const from =
    fromAccount && amount
      ? { id: fromAccount.id, before: fromAccount.balance, after: money(new D(fromAccount.balance).minus(amount)) }
      : null;
  const to =
    toAccount && amount ? { id: toAccount.id, before: toAccount.balance, after: money(new D(toAccount.balance).plus(amount)) } : null;
  return { fromChoices, toChoices, from, to, issues, overdrawn: !!from && new D(from.after).isNegative() };
}
