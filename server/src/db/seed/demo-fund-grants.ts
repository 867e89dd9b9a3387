import { GRANT_CITATION, GRANT_DOCUMENT_RULE } from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import type { User } from '../../modules/auth/user.entity.js';

/**
 * A subsidy entered by the demo fund manager and awaiting its second person (Qinhuangdao art. 51, 56):
 * the manager attaches the grant notice, the second fund manager (fund_manager2) posts it.
 */
export async function seedDemoFundGrants(em: EntityManager, manager: User, date: string): Promise<void> {
  await em.query(
    `INSERT INTO fund_grants (region_id, kind, date, amount, source, document_ref, account_id, memo, prepared_by, trace)
     SELECT 'qinhuangdao', 'subsidy', $1, 600000.00, '秦皇岛市财政局', '秦财社〔2026〕58号', a.id, '2026年第四季度长期护理保险财政补助资金', $2, $3
       FROM fund_accounts a WHERE a.region_id = 'qinhuangdao' AND a.kind = 'special'`,
    [
      date,
      manager.id,
      JSON.stringify([
        { rule: 'ledger.grant.kind', citation: GRANT_CITATION, inputs: { kind: 'subsidy' }, output: 'subsidy' },
        { rule: 'ledger.grant.document', citation: GRANT_DOCUMENT_RULE, inputs: { documentRef: '秦财社〔2026〕58号' }, output: true },
      ]),
    ],
  );
}
