import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Job } from '../jobs/job.entity.js';

/** Per-request batches for a page of settlement runs: their history, their jobs and their paying accounts' balances. */
export function createSettlementLoaders(dataSource: DataSource) {
  return {
    settlementRunHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'settlementRun', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    settlementJob: new DataLoader<string, Job | undefined>(async (ids) => {
      const rows = await dataSource.getRepository(Job).find({ where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((r) => r.id === id));
    }),
    settlementAccountBalance: new DataLoader<string, string>(async (accountIds) => {
      const rows: { account_id: string; balance: string }[] = await dataSource.query(
        `SELECT account_id, coalesce(sum(debit - credit), 0)::numeric(18,2)::text AS balance
           FROM fund_monthly WHERE account_id = ANY($1::uuid[]) GROUP BY account_id`,
        [accountIds],
      );
      return accountIds.map((id) => rows.find((r) => r.account_id === id)?.balance ?? '0.00');
    }),
  };
}
