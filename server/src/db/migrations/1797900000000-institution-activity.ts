import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Institutions are deactivated with a reason, never deleted (issue 8, defect 3): a workflow state
 * beside the status derived from the agreements, its version and preparer, and the indexes behind
 * the lists' default filter (active) and sort (name), per region and per county. The application
 * role may no longer delete an institution at all.
 */
export class InstitutionActivity1797900000000 implements MigrationInterface {
  name = 'InstitutionActivity1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE institutions
        ADD COLUMN state text NOT NULL DEFAULT 'active' CONSTRAINT institutions_state_check CHECK (state IN ('active', 'inactive')),
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN prepared_by uuid REFERENCES users(id)`);
    await q.query('CREATE INDEX institutions_region_state_name ON institutions (region_id, state, name, id)');
    await q.query('CREATE INDEX institutions_county_state_name ON institutions (county_id, state, name, id)');
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'ltci_app') THEN
          REVOKE DELETE, TRUNCATE ON institutions FROM ltci_app;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'ltci_app') THEN
          GRANT DELETE ON institutions TO ltci_app;
        END IF;
      END $$`);
    await q.query('DROP INDEX institutions_county_state_name');
    await q.query('DROP INDEX institutions_region_state_name');
    await q.query('ALTER TABLE institutions DROP COLUMN prepared_by, DROP COLUMN version, DROP COLUMN state');
  }
}
