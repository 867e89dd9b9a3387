import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { AuditFlagRow } from './audit-flag.entity.js';
import { DeclaredRecordLine } from './declared-record.entity.js';

/** Per-request batches for a page of declarations, records and flags. */
export function createDeclarationLoaders(dataSource: DataSource) {
  return {
    declarationHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'serviceDeclaration', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    declarationOpenBlocking: new DataLoader<string, number>(async (ids) => {
      const rows: { id: string; n: number }[] = await dataSource.query(
        `SELECT declaration_id AS id, count(*)::int AS n FROM audit_flags
          WHERE declaration_id = ANY($1::uuid[]) AND decision IS NULL AND severity = 'blocking' GROUP BY declaration_id`,
        [[...ids]],
      );
      const by = new Map(rows.map((r) => [r.id, r.n]));
      return ids.map((id) => by.get(id) ?? 0);
    }),
    recordLines: new DataLoader<string, DeclaredRecordLine[]>(async (ids) => {
      const rows = await dataSource.getRepository(DeclaredRecordLine).find({ where: { recordId: In([...ids]) }, order: { lineNo: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    recordFlags: new DataLoader<string, AuditFlagRow[]>(async (ids) => {
      const rows = await dataSource.getRepository(AuditFlagRow).find({ where: { recordId: In([...ids]) }, order: { rule: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    recordKey: new DataLoader<string, string | null>(async (ids) => {
      const rows: { id: string; key: string }[] = await dataSource.query(
        'SELECT id, key FROM declared_records WHERE id = ANY($1::uuid[])',
        [[...ids]],
      );
      const by = new Map(rows.map((r) => [r.id, r.key]));
      return ids.map((id) => by.get(id) ?? null);
    }),
    claimantName: new DataLoader<string, string | null>(async (ids) => {
      const rows: { id: string; name: string }[] = await dataSource.query('SELECT id, name FROM claimants WHERE id = ANY($1::uuid[])', [
        [...ids],
      ]);
      const by = new Map(rows.map((r) => [r.id, r.name]));
      return ids.map((id) => by.get(id) ?? null);
    }),
  };
}
