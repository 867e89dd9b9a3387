import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Care plans (Qinhuangdao art. 30): one accepted plan per claimant at a time, enforced by a partial unique index. */
export class CarePlans1798600000000 implements MigrationInterface {
  name = 'CarePlans1798600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_plans (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claimant_id        uuid NOT NULL REFERENCES claimants(id),
        region_id          text NOT NULL REFERENCES regions(id),
        county_id          text,
        institution_id     uuid NOT NULL REFERENCES institutions(id),
        care_mode          text NOT NULL CHECK (care_mode IN ('institution','community','home','family')),
        care_subtype       text CHECK (char_length(care_subtype) <= 50),
        items              text[] NOT NULL CHECK (cardinality(items) BETWEEN 1 AND 50),
        frequency_per_week int NOT NULL CHECK (frequency_per_week BETWEEN 1 AND 21),
        start_date         date NOT NULL,
        end_date           date,
        state              text NOT NULL DEFAULT 'drafted' CHECK (state IN ('drafted','accepted','ended')),
        version            int NOT NULL DEFAULT 1,
        prepared_by        uuid NOT NULL REFERENCES users(id),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query("CREATE UNIQUE INDEX care_plans_one_accepted ON care_plans (claimant_id) WHERE state = 'accepted'");
    await q.query('CREATE INDEX care_plans_claimant ON care_plans (claimant_id, start_date DESC, id)');
    await q.query('CREATE INDEX care_plans_region_start ON care_plans (region_id, start_date, id)');
    await q.query('CREATE INDEX care_plans_region_state ON care_plans (region_id, state, start_date, id)');
    await q.query('CREATE INDEX care_plans_institution ON care_plans (institution_id, state, start_date, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE care_plans');
  }
}
