import { POSTING_KIND_RULES, type PostingKind } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { FundPostingListArgs } from './fund.args.js';
import type { FundService } from './fund.service.js';
import { FundAccount } from './fund-account.entity.js';
import { INSURED_CATEGORY_LABELS } from './fund-income.import.js';
import type { FundPosting } from './fund-posting.entity.js';

type Row = FundPosting & { debit: string; credit: string; accountName: string };

/**
 * One account's statement of a period (Qinhuangdao art. 56, 73: the agency's monthly and yearly
 * income and expenditure): every posting that moved it, its debit or credit, streamed through the
 * postings list's own query (scope, filter, sort) one page at a time.
 */
export function fundStatementExport(db: Db, fund: FundService): ListExport<Row> {
  return {
    resource: 'FundPosting',
    right: 'fund.export',
    title: '基金账户收支明细',
    filterFields: ['regionId', 'accountId', 'from', 'to', 'kind'],
    columns: [
      { header: '凭证号', width: 10, value: (r) => Number(r.number) },
      { header: '记账日期', width: 12, value: (r) => r.date },
      { header: '账户', width: 30, value: (r) => r.accountName },
      { header: '类别', width: 22, value: (r) => POSTING_KIND_RULES[r.kind as PostingKind]?.label.zh ?? r.kind },
      {
        header: '参保类别',
        width: 12,
        value: (r) => (r.insuredCategory ? INSURED_CATEGORY_LABELS[r.insuredCategory as keyof typeof INSURED_CATEGORY_LABELS] : ''),
      },
      { header: '借方（转入）', width: 16, value: (r) => r.debit },
      { header: '贷方（转出）', width: 16, value: (r) => r.credit },
      { header: '摘要', width: 40, value: (r) => r.memo },
      { header: '记账人', width: 14, value: (r) => r.postedByName },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const accountId = view.filter.accountId;
      if (typeof accountId !== 'string' || !isUuid(accountId))
        throw new BadUserInputError({ 'filter.accountId': '请选择要导出的基金账户' });
      const rows = await fund.postings(caller, { ...view, page, perPage } as FundPostingListArgs);
      return rows.length ? withAccountLines(db, caller, accountId, rows) : [];
    },
  };
}

/** The account's side of each posting of the page, in one statement. */
async function withAccountLines(db: Db, caller: Caller, accountId: string, rows: FundPosting[]): Promise<Row[]> {
  return db.read(caller, async (scope) => {
    const account = await scope.one(FundAccount, accountId);
    const sums: { id: string; debit: string; credit: string }[] = await scope.em.query(
      `SELECT posting_id AS id, coalesce(sum(amount) FILTER (WHERE side = 'debit'), 0)::text AS debit,
              coalesce(sum(amount) FILTER (WHERE side = 'credit'), 0)::text AS credit
         FROM fund_posting_lines WHERE account_id = $1 AND posting_id = ANY($2) GROUP BY posting_id`,
      [account.id, rows.map((r) => r.id)],
    );
    const by = new Map(sums.map((s) => [s.id, s]));
    return rows.map((r) =>
      Object.assign(r, { debit: by.get(r.id)?.debit ?? '0', credit: by.get(r.id)?.credit ?? '0', accountName: account.name }),
    );
  });
}
