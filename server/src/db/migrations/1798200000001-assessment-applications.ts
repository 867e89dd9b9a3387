import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assessment applications (Qinhuangdao art. 17–24), moved only by the shared workflow table; their
 * steps go to the insert-only `workflow_history`. The facts of admissibility (art. 18) are kept on
 * the application as taken at intake, the claimant's insurance status is read when a step is taken.
 */
export class AssessmentApplications1798200000001 implements MigrationInterface {
  name = 'AssessmentApplications1798200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_applications (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id            text NOT NULL REFERENCES regions(id),
        county_id            text REFERENCES counties(id),
        claimant_id          uuid NOT NULL REFERENCES claimants(id),
        kind                 text NOT NULL CHECK (kind IN ('initial','dispute','objection','stateChange','spotCheck','endOfTerm')),
        state                text NOT NULL DEFAULT 'submitted' CHECK (state IN ('submitted','awaitingMaterials','accepted','forwarded',
                               'dispatched','drawn','assessed','concluded','publicity','publicized','letterIssued','final','disputed',
                               'objectionUpheld','refused','ended','withdrawn')),
        version              int NOT NULL DEFAULT 1,
        prepared_by          uuid NOT NULL REFERENCES users(id),
        applied_on           date NOT NULL,
        disability_since     date NOT NULL,
        condition_stable     boolean NOT NULL,
        work_injury          boolean NOT NULL DEFAULT false,
        materials_forged     boolean NOT NULL DEFAULT false,
        missing_materials    text[] NOT NULL DEFAULT '{}',
        supplement_due_date  date,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX assessment_applications_region_state ON assessment_applications (region_id, state, applied_on, id)');
    await q.query('CREATE INDEX assessment_applications_county_state ON assessment_applications (county_id, state, applied_on, id)');
    await q.query('CREATE INDEX assessment_applications_region_applied ON assessment_applications (region_id, applied_on, id)');
    await q.query('CREATE INDEX assessment_applications_claimant ON assessment_applications (claimant_id, applied_on, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE assessment_applications');
  }
}
