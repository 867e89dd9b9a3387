import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { ScorecardEventRow } from './scorecard.entity.js';

/** Per-request batches for a page of scorecards: their events and their sign-off history. */
export function createScorecardLoaders(dataSource: DataSource) {
  return {
    scorecardEvents: new DataLoader<string, ScorecardEventRow[]>(async (ids) => {
      const rows = await dataSource.getRepository(ScorecardEventRow).find({
        where: { scorecardId: In([...ids]) },
        order: { occurredOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.scorecardId === id));
    }),
    scorecardHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'annualScorecard', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    complaintHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'complaint', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
  };
}
