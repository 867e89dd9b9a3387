import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What administrators add to the shipped policy data: later calendar years and per-region pack overrides. */
export class PolicyData1795392000000 implements MigrationInterface {
  name = 'PolicyData1795392000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_years (
        year       int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        holidays   date[] NOT NULL,
        workdays   date[] NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE policy_overrides (
        region_id  text REFERENCES regions(id),
        valid_from date,
        overrides  jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_id, valid_from)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE policy_overrides');
    await q.query('DROP TABLE calendar_years');
  }
}
