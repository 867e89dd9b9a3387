import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { FundPostingLine } from './fund-posting.entity.js';

/** Per-request batches for a page of postings and reversals: lines, who reversed them, workflow history. */
export function createFundLoaders(dataSource: DataSource) {
  return {
    postingLines: new DataLoader<string, FundPostingLine[]>(async (ids) => {
      const rows = await dataSource.getRepository(FundPostingLine).find({ where: { postingId: In([...ids]) }, order: { id: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.postingId === id));
    }),
    reversedBy: new DataLoader<string, string | null>(async (ids) => {
      const rows: { id: string; reversal_of: string }[] = await dataSource.query(
        'SELECT id, reversal_of FROM fund_postings WHERE reversal_of = ANY($1)',
        [[...ids]],
      );
      return ids.map((id) => rows.find((r) => r.reversal_of === id)?.id ?? null);
    }),
    reversalHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'fundReversal', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    grantHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'fundGrant', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    /** Approving documents per subsidy or donation (attachments under `grant_document`). */
    grantDocuments: new DataLoader<string, number>(async (ids) => {
      const rows: { owner_id: string; n: number }[] = await dataSource.query(
        `SELECT owner_id, count(*)::int AS n FROM attachments
          WHERE owner_type = 'FundGrant' AND owner_id = ANY($1) AND category = 'grant_document' AND deleted_at IS NULL GROUP BY owner_id`,
        [[...ids]],
      );
      return ids.map((id) => rows.find((r) => r.owner_id === id)?.n ?? 0);
    }),
  };
}
