import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { TpaAssessment } from './tpa-assessment.entity.js';
import { TpaCommitmentRow, TpaContract } from './tpa-contract.entity.js';
import { TpaFeePayment, TpaRectification } from './tpa-fee-payment.entity.js';

const grouped = <R, K extends keyof R>(ids: readonly string[], rows: R[], key: K) => ids.map((id) => rows.filter((r) => r[key] === id));

/** Per-request batches for TPA records already read through Scope: their commitments, years, payments, cases and histories. */
export function createTpaLoaders(dataSource: DataSource) {
  return {
    /** Keyed `workflow:recordId`. */
    tpaHistory: new DataLoader<string, WorkflowStep[]>(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: In([...new Set(pairs.map((p) => p[0]))]), recordId: In(pairs.map((p) => p[1])) },
        order: { id: 'ASC' },
      });
      return pairs.map(([w, id]) => rows.filter((r) => r.workflow === w && r.recordId === id));
    }),
    tpaCommitments: new DataLoader<string, TpaCommitmentRow[]>(async (ids) =>
      grouped(
        ids,
        await dataSource.getRepository(TpaCommitmentRow).find({ where: { contractId: In([...ids]) }, order: { position: 'ASC' } }),
        'contractId',
      ),
    ),
    tpaContractById: new DataLoader<string, TpaContract | undefined>(async (ids) => {
      const rows = await dataSource.getRepository(TpaContract).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id));
    }),
    tpaAssessmentsOfContract: new DataLoader<string, TpaAssessment[]>(async (ids) =>
      grouped(
        ids,
        await dataSource.getRepository(TpaAssessment).find({ where: { contractId: In([...ids]) }, order: { year: 'ASC' } }),
        'contractId',
      ),
    ),
    tpaPaymentsOfAssessment: new DataLoader<string, TpaFeePayment[]>(async (ids) =>
      grouped(
        ids,
        await dataSource
          .getRepository(TpaFeePayment)
          .find({ where: { assessmentId: In([...ids]) }, order: { quarter: 'ASC', createdAt: 'ASC' } }),
        'assessmentId',
      ),
    ),
    tpaRectificationsOfContract: new DataLoader<string, TpaRectification[]>(async (ids) =>
      grouped(
        ids,
        await dataSource.getRepository(TpaRectification).find({ where: { contractId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        'contractId',
      ),
    ),
  };
}
