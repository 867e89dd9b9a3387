import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An institution's major information changes (Xinjiang art. 21): approved by the authorities on a
 * day, to be applied for with the agency within 30 working days. The to-do list reads the ones not
 * yet applied for. An institution's derived status keeps the trace that explains it.
 */
export class InstitutionInfoChanges1797400000000 implements MigrationInterface {
  name = 'InstitutionInfoChanges1797400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE institution_info_changes (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id  uuid NOT NULL REFERENCES institutions(id),
        region_id       text NOT NULL REFERENCES regions(id),
        approval_date   date NOT NULL,
        changes         text[] NOT NULL CHECK (cardinality(changes) BETWEEN 1 AND 20),
        applied_on      date,
        recorded_by     uuid NOT NULL REFERENCES users(id),
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    // the to-do list's query: a region's changes not yet applied for
    await q.query(
      'CREATE INDEX institution_info_changes_pending ON institution_info_changes (region_id, approval_date, id) WHERE applied_on IS NULL',
    );
    await q.query('CREATE INDEX institution_info_changes_institution ON institution_info_changes (institution_id, approval_date DESC)');
    // a derived figure is stored with its trace: the institution's status, derived from its agreements
    await q.query('ALTER TABLE institutions ADD COLUMN status_trace jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE institutions DROP COLUMN status_trace');
    await q.query('DROP TABLE institution_info_changes');
  }
}
