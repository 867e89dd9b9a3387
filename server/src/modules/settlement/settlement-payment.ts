import { D } from '@ltci/shared';
import { ConflictError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { recordAudit } from '../audit/audit.service.js';
import { FundAccount } from '../fund/fund-account.entity.js';
import { decideInScope, writePosting } from '../fund/fund-ledger.js';
import { recomputeWarnings } from '../fund/fund-warnings.js';
import type { SettlementRun } from './settlement-run.entity.js';

/**
 * Pay a run's sheets (Qinhuangdao art. 50 ¶2–3, 55): one `institutionPayment` posting per sheet
 * from the run's paying account to the care institutions, keyed `settlement:<sheet>` — the ledger's
 * unique key refuses a second posting for a sheet — then the region's fund warnings recomputed once
 * (art. 58), all in the approval's transaction.
 */
export async function paySheets(scope: Scope, run: SettlementRun): Promise<void> {
  const sheets: { id: string; institution_id: string; fund_amount: string; name: string }[] = await scope.em.query(
    // what is paid: the fund's part less what a withholding keeps back, plus what a release gives back (Qinhuangdao art. 68, 71)
    `SELECT s.id, s.institution_id, (s.fund_amount - s.withheld + s.released)::text AS fund_amount, i.name
       FROM settlement_sheets s JOIN institutions i ON i.id = s.institution_id
      WHERE s.run_id = $1 AND s.posting_id IS NULL AND s.fund_amount - s.withheld + s.released > 0 ORDER BY s.id FOR UPDATE OF s`,
    [run.id],
  );
  if (!sheets.length) return;
  // Qinhuangdao art. 54: assessment fees go to the assessment institutions' account as `assessmentFee` postings
  const fees = run.kind === 'assessmentFee';
  const payee = fees ? 'assessmentInstitutions' : 'careInstitutions';
  const institutions = await scope.rows(FundAccount, 'a', run.regionId).andWhere('a.kind = :payee', { payee }).getOne();
  if (!institutions || !run.accountId)
    throw new ConflictError('统筹地区没有定点机构往来账户或支付账户 (no accounts to pay from or to)', undefined, {
      reason: 'ACCOUNT_MISSING',
    });
  const date = todayInChina();
  for (const sheet of sheets) {
    if (!new D(sheet.fund_amount).greaterThan(0)) continue;
    const { decided, trace } = await decideInScope(scope, {
      regionId: run.regionId,
      kind: fees ? 'assessmentFee' : 'institutionPayment',
      date,
      memo: `${run.month} ${fees ? '评估费用结算拨付' : '月度结算拨付'}：${sheet.name}`.slice(0, 500),
      lines: [
        { accountId: institutions.id, side: 'debit', amount: sheet.fund_amount },
        { accountId: run.accountId, side: 'credit', amount: sheet.fund_amount },
      ],
    });
    const posting = await writePosting(scope, decided, trace, { importKey: `settlement:${sheet.id}`, recompute: false });
    await scope.em.query('UPDATE settlement_sheets SET posting_id = $2 WHERE id = $1 AND posting_id IS NULL', [sheet.id, posting.id]);
    await recordAudit(scope.em, scope.caller, {
      operation: 'post',
      entityType: 'FundPosting',
      entityId: posting.id,
      regionId: run.regionId,
      after: { ...posting, lines: decided.lines, settlementRunId: run.id, settlementSheetId: sheet.id },
    });
  }
  await recomputeWarnings(scope, run.regionId);
}
