import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowEntity } from '../src/common/workflow/workflow-entity.js';
import { ServiceAgreement } from '../src/modules/agreements/agreement.entity.js';
import { AssessmentApplication } from '../src/modules/assessments/application.entity.js';
import { CarePlan } from '../src/modules/care-plans/care-plan.entity.js';
import { Complaint } from '../src/modules/complaints/complaint.entity.js';
import { FundReversal } from '../src/modules/fund/fund-reversal.entity.js';
import { PolicyChange } from '../src/modules/policy/policy-change.entity.js';
import { AnnualScorecard } from '../src/modules/scorecards/scorecard.entity.js';
import { Inspection } from '../src/modules/supervision/inspection.entity.js';
import { Rectification } from '../src/modules/supervision/rectification.entity.js';
import { TpaAssessment } from '../src/modules/tpa/tpa-assessment.entity.js';
import { TpaContract } from '../src/modules/tpa/tpa-contract.entity.js';
import { TpaFeePayment, TpaRectification } from '../src/modules/tpa/tpa-fee-payment.entity.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** Every entity a shared workflow table moves (a new one is added here when its module lands). */
const WORKFLOW_ENTITIES = [
  ServiceAgreement,
  PolicyChange,
  FundReversal,
  AnnualScorecard,
  Complaint,
  TpaContract,
  TpaAssessment,
  TpaFeePayment,
  TpaRectification,
  AssessmentApplication,
  CarePlan,
  Inspection,
  Rectification,
] as const;

const BASE_COLUMNS = ['id', 'region_id', 'state', 'version', 'prepared_by', 'created_at', 'updated_at'];

describe('one workflow entity base (the WorkflowRecord shape runTransition reads)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  }, 60_000);
  afterAll(async () => db?.drop());

  it.each(WORKFLOW_ENTITIES.map((e) => [e.name, e] as const))('%s extends WorkflowEntity and maps its columns', (_, entity) => {
    expect(entity.prototype).toBeInstanceOf(WorkflowEntity);
    const columns = db.dataSource.getMetadata(entity).columns.map((c) => c.databaseName);
    for (const column of ['id', 'region_id', 'state', 'version', 'prepared_by', 'created_at']) expect(columns).toContain(column);
  });

  it('the migrated tables already match the entities: the base needs no migration', async () => {
    const tables = WORKFLOW_ENTITIES.map((e) => db.dataSource.getMetadata(e).tableName);
    const { upQueries } = await db.dataSource.driver.createSchemaBuilder().log();
    // the migrations name their own indexes and constraints (TypeORM would rename them): only column changes count here
    const columnChanges = upQueries
      .map((q) => q.query)
      .filter((sql) => tables.some((t) => sql.includes(`"${t}"`)) && /RENAME COLUMN|DROP COLUMN|ALTER COLUMN|\bADD "/.test(sql))
      // the base's own columns: a module's other columns are its migration's business
      .filter((sql) => BASE_COLUMNS.some((c) => sql.includes(`"${c}"`)));
    expect(columnChanges).toEqual([]);
  });
});
