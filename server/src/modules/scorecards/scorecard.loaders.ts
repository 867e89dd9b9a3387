import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { AnnualScorecard, ScorecardEventRow } from './scorecard.entity.js';

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
    /** Each institution's latest signed-off (locked) scorecard, for its agreements (Xinjiang art. 27). */
    latestSignedOffScorecard: new DataLoader<string, AnnualScorecard | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(AnnualScorecard)
        .createQueryBuilder('s')
        .distinctOn(['s.institution_id'])
        .where("s.institution_id = ANY(:ids) AND s.state = 'locked'", { ids: [...ids] })
        .orderBy('s.institution_id')
        .addOrderBy('s.year', 'DESC')
        .getMany();
      return ids.map((id) => rows.find((r) => r.institutionId === id) ?? null);
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
