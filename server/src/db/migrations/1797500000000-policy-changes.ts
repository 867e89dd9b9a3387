import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Proposed policy parameter changes, effective from a date, approved by a second administrator (their steps go to workflow_history). */
export class PolicyChanges1797500000000 implements MigrationInterface {
  name = 'PolicyChanges1797500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE policy_changes (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id      text NOT NULL REFERENCES regions(id),
        effective_from date NOT NULL,
        changes        jsonb NOT NULL,
        patch          jsonb NOT NULL,
        note           text CHECK (char_length(note) <= 2000),
        state          text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','submitted','approved','rejected')),
        version        int NOT NULL DEFAULT 1,
        prepared_by    uuid NOT NULL REFERENCES users(id),
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    // the packs read a region's approved changes up to a date; the list filters by region and state, sorted by creation
    await q.query('CREATE INDEX policy_changes_region_state_from ON policy_changes (region_id, state, effective_from, updated_at)');
    await q.query('CREATE INDEX policy_changes_region_created ON policy_changes (region_id, created_at, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE policy_changes');
  }
}
