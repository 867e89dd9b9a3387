import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowEntity } from '../src/common/workflow/workflow-entity.js';
import { ServiceAgreement } from '../src/modules/agreements/agreement.entity.js';
import { FundReversal } from '../src/modules/fund/fund-reversal.entity.js';
import { PolicyChange } from '../src/modules/policy/policy-change.entity.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const WORKFLOW_ENTITIES = [ServiceAgreement, PolicyChange, FundReversal] as const;

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
      .filter((sql) => tables.some((t) => sql.includes(`"${t}"`)) && /RENAME COLUMN|DROP COLUMN|ALTER COLUMN|\bADD "/.test(sql));
    expect(columnChanges).toEqual([]);
  });
});
