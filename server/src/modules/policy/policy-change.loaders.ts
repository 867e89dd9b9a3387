import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';

/** Per-request batches for a page of parameter changes: their workflow history. */
export function createPolicyChangeLoaders(dataSource: DataSource) {
  return {
    policyChangeHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'policyChange', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
  };
}
