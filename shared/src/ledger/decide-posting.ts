import { INSURED_CATEGORIES, type InsuredCategory } from '../benefits/params.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import { D, type Dec, isMoney, type Money, money } from '../core/money.js';
import { fail, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { isRecord } from '../core/validate.js';
import { ACCOUNT_KIND_RULES, type LedgerAccount } from './accounts.js';
import { isPostingKind, POSTING_KIND_RULES, type PostingKind } from './posting-kinds.js';

export type Side = 'debit' | 'credit';

export interface PostingLineInput {
  accountId: string;
  side: Side;
  /** Positive, at most 2 decimals: the side says which way it goes. */
  amount: Money;
}

export interface PostingInput {
  regionId: string;
  kind: PostingKind;
  /** Value date (记账日期). */
  date: IsoDate;
  lines: PostingLineInput[];
  /** For a tax collection: the insured category it was collected for. */
  insuredCategory?: InsuredCategory | null;
  memo?: string | null;
}

export interface PostingActor {
  id: string;
  roles: readonly string[];
}

export interface DecidedPosting {
  regionId: string;
  kind: PostingKind;
  date: IsoDate;
  insuredCategory: InsuredCategory | null;
  memo: string | null;
  /** The posting's size: its debits (= its credits). */
  amount: Money;
  lines: PostingLineInput[];
}

/** Product rule: every movement is a balanced double entry (账账相符, after Tianjin art. 12). */
export const DOUBLE_ENTRY_CITATION = 'Product rule: double-entry fund ledger (账账相符, after Tianjin art. 12)';
/** Qinhuangdao art. 49 (基金独立核算…任何单位和个人不得侵占挪用); Tumxuk §6(三) (不得将基金交由第三方机构代管代拨). */
export const NO_THIRD_PARTY_CITATION = 'Qinhuangdao art. 49; Tumxuk §6(三)';
export const MEMO_MAX_LENGTH = 500;
/** NUMERIC(14,2): what one line can hold. */
const MAX_AMOUNT = new D('999999999999.99');

type Add = (path: string, code: string, message: string, citation: string) => void;

function checkLines(
  input: Record<string, unknown>,
  accounts: ReadonlyMap<string, LedgerAccount>,
  add: Add,
  reversing: boolean,
): { debit: Dec; credit: Dec } {
  const total = { debit: new D(0) as Dec, credit: new D(0) as Dec };
  const lines = input.lines;
  if (!Array.isArray(lines) || lines.length < 2) {
    add('lines', 'LINES_REQUIRED', '一笔记账至少需要借方和贷方各一行 (a posting needs a debit and a credit line)', DOUBLE_ENTRY_CITATION);
    return total;
  }
  const kind = isPostingKind(input.kind) ? input.kind : null;
  const rule = kind ? POSTING_KIND_RULES[kind] : null;
  for (const [i, line] of (lines as unknown[]).entries()) {
    const p = `lines.${i}`;
    if (!isRecord(line)) {
      add(p, 'NOT_ALLOWED', `${p} must be an object, got ${shown(line)}`, DOUBLE_ENTRY_CITATION);
      continue;
    }
    const side = line.side === 'debit' || line.side === 'credit' ? line.side : null;
    if (!side) add(`${p}.side`, 'NOT_ALLOWED', `${p}.side must be debit or credit, got ${shown(line.side)}`, DOUBLE_ENTRY_CITATION);
    const amount = line.amount;
    if (!isMoney(amount) || !new D(amount).greaterThan(0) || new D(amount).greaterThan(MAX_AMOUNT))
      add(
        `${p}.amount`,
        'AMOUNT_NOT_POSITIVE',
        `金额须为大于零、最多两位小数的数 (an amount > 0 with at most 2 decimals), got ${shown(amount)}`,
        DOUBLE_ENTRY_CITATION,
      );
    else if (side) total[side] = total[side].plus(amount);
    const account = typeof line.accountId === 'string' ? accounts.get(line.accountId) : undefined;
    if (!account) add(`${p}.accountId`, 'ACCOUNT_UNKNOWN', `未知账户 (unknown account) ${shown(line.accountId)}`, DOUBLE_ENTRY_CITATION);
    else if (account.regionId !== input.regionId)
      add(
        `${p}.accountId`,
        'ACCOUNT_OTHER_REGION',
        `账户属于另一统筹地区 ${account.regionId} (the account belongs to another region)`,
        'Qinhuangdao art. 49 (基金独立核算)',
      );
    // a reversing posting mirrors its original: each line on the side the kind allows for the opposite one
    else if (rule && side && !rule[reversing ? (side === 'debit' ? 'credit' : 'debit') : side].includes(account.kind))
      add(
        `${p}.accountId`,
        'ACCOUNT_NOT_ALLOWED',
        `“${rule.label.zh}”不能${side === 'debit' ? '借记（转入）' : '贷记（转出）'}“${ACCOUNT_KIND_RULES[account.kind].label.zh}” (a ${kind} may not ${side} a ${account.kind} account)`,
        rule.citation,
      );
  }
  return total;
}

/**
 * Decide one posting before anything is written: a known kind, positive amounts, debits equal to
 * credits, every account of the posting's region and of a kind the posting may move, a tax
 * collection with its insured category, and never a TPA user (Qinhuangdao art. 49; Tumxuk §6(三)).
 */
export function decidePosting(
  input: PostingInput,
  accounts: readonly LedgerAccount[],
  actor: PostingActor,
  options: { reversing?: boolean } = {},
): PolicyResult<DecidedPosting> {
  const issues: PolicyIssue[] = [];
  const t = new Tracer();
  const add: Add = (path, code, message, citation) => {
    issues.push({ path, code, message });
    t.step(`ledger.${code}`, citation, { path }, code);
  };
  const tpa = Array.isArray(actor?.roles) && actor.roles.includes('tpa_staff');
  t.step('ledger.noThirdParty', NO_THIRD_PARTY_CITATION, { roles: actor?.roles ?? null }, !tpa);
  if (tpa) add('actor.roles', 'TPA_MAY_NOT_POST', '第三方经办机构人员不得记账：基金不得交由第三方代管代拨', NO_THIRD_PARTY_CITATION);
  if (!isRecord(input)) {
    add('input', 'REQUIRED', 'a posting is required', DOUBLE_ENTRY_CITATION);
    return fail(issues);
  }
  if (typeof input.regionId !== 'string' || !input.regionId) add('regionId', 'REQUIRED', 'regionId is required', DOUBLE_ENTRY_CITATION);
  if (!isPostingKind(input.kind)) add('kind', 'NOT_ALLOWED', `unknown posting kind ${shown(input.kind)}`, DOUBLE_ENTRY_CITATION);
  if (!isIsoDate(input.date)) add('date', 'INVALID_DATE', `date must be YYYY-MM-DD, got ${shown(input.date)}`, DOUBLE_ENTRY_CITATION);
  else if (input.date < '2000-01-01' || input.date > '2099-12-31')
    add('date', 'OUT_OF_RANGE', `记账日期须在2000年至2099年之间, got ${input.date}`, DOUBLE_ENTRY_CITATION);
  const rule = isPostingKind(input.kind) ? POSTING_KIND_RULES[input.kind] : null;
  const category = input.insuredCategory ?? null;
  if (rule?.needsInsuredCategory && !(INSURED_CATEGORIES as readonly unknown[]).includes(category))
    add('insuredCategory', 'INSURED_CATEGORY_REQUIRED', `税务征缴收入须注明参保类别：${INSURED_CATEGORIES.join('、')}`, rule.citation);
  if (rule && !rule.needsInsuredCategory && category !== null)
    add('insuredCategory', 'NOT_ALLOWED', 'only a tax collection names an insured category', rule.citation);
  const memo = typeof input.memo === 'string' && input.memo.trim() ? input.memo.trim() : null;
  if (input.memo != null && typeof input.memo !== 'string') add('memo', 'NOT_ALLOWED', 'memo must be text', DOUBLE_ENTRY_CITATION);
  if (memo && [...memo].length > MEMO_MAX_LENGTH)
    add('memo', 'OUT_OF_RANGE', `memo has at most ${MEMO_MAX_LENGTH} characters`, DOUBLE_ENTRY_CITATION);

  const byId = new Map((Array.isArray(accounts) ? accounts : []).map((a) => [a.id, a]));
  const total = checkLines(input as unknown as Record<string, unknown>, byId, add, options.reversing === true);
  const badLine = issues.some((i) => i.path.startsWith('lines'));
  if (!badLine && !total.debit.equals(total.credit))
    add(
      'lines',
      'UNBALANCED',
      `借贷不平：借方 ${money(total.debit)}，贷方 ${money(total.credit)} (debits must equal credits)`,
      DOUBLE_ENTRY_CITATION,
    );
  if (issues.length) return fail(issues);
  t.step('ledger.balanced', DOUBLE_ENTRY_CITATION, { debit: money(total.debit), credit: money(total.credit) }, true);
  t.step('ledger.accounts', rule!.citation, { kind: input.kind, lines: input.lines.length, reversing: !!options.reversing }, 'allowed');
  return ok(
    {
      regionId: input.regionId,
      kind: input.kind,
      date: input.date,
      insuredCategory: category,
      memo,
      amount: money(total.debit),
      lines: input.lines.map((l) => ({ accountId: l.accountId, side: l.side, amount: money(l.amount) })),
    },
    t.steps,
  );
}

/** The posting that undoes another: the same lines with debit and credit swapped. */
export function reversingLines(lines: readonly PostingLineInput[]): PostingLineInput[] {
  return lines.map((l) => ({ accountId: l.accountId, side: l.side === 'debit' ? 'credit' : 'debit', amount: l.amount }));
}

/** A fund account's balance from its lines: debits in, credits out. */
export function balanceOf(lines: readonly { side: Side; amount: Money }[]): Money {
  return money(lines.reduce((sum, l) => (l.side === 'debit' ? sum.plus(l.amount) : sum.minus(l.amount)), new D(0)));
}
