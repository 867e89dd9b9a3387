import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { ServiceAgreement } from './agreement.entity.js';

const IN_FORCE = ['active', 'suspended', 'termination_pending'];

/** Per-request batches for a page of agreements: their history, their institutions, and which institutions have one in force. */
export function createAgreementLoaders(dataSource: DataSource) {
  return {
    agreementHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'serviceAgreement', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    institutionById: new DataLoader<string, Institution | undefined>(async (ids) => {
      const rows = await dataSource.getRepository(Institution).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id));
    }),
    /** For each agreement, whether another agreement of its institution is in force. */
    otherAgreementInForce: new DataLoader<ServiceAgreement, boolean, string>(
      async (agreements) => {
        const rows: { id: string; institution_id: string }[] = await dataSource.query(
          'SELECT id, institution_id FROM service_agreements WHERE institution_id = ANY($1) AND state = ANY($2)',
          [[...new Set(agreements.map((a) => a.institutionId))], IN_FORCE],
        );
        return agreements.map((a) => rows.some((r) => r.institution_id === a.institutionId && r.id !== a.id));
      },
      { cacheKeyFn: (a) => a.id },
    ),
  };
}
