import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A care plan rests on the claimant's final assessment conclusion and takes its grade from it
 * (Qinhuangdao art. 28, 30), and states a frequency for each service item (art. 30: 服务项目…服务频次).
 * Existing rows: linked to the claimant's latest final conclusion of the same grade where there is one
 * (others stay unlinked and are shown so); each item gets the plan's weekly figure × 4, the visits of the
 * four full weeks every month has — a lower bound, never more than the plan said.
 */
export class CarePlanConclusionItems1800500000002 implements MigrationInterface {
  name = 'CarePlanConclusionItems1800500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE care_plans ADD COLUMN conclusion_id uuid REFERENCES assessment_applications(id)');
    await q.query("ALTER TABLE care_plans ADD COLUMN item_frequencies jsonb NOT NULL DEFAULT '[]'");
    await q.query('CREATE INDEX care_plans_conclusion ON care_plans (conclusion_id)');
    await q.query(`
      UPDATE care_plans p SET conclusion_id = (
        SELECT a.id FROM assessment_applications a
         WHERE a.claimant_id = p.claimant_id AND a.state = 'final' AND a.recorded_grade = p.grade
         ORDER BY a.final_on DESC NULLS LAST, a.id LIMIT 1)
       WHERE p.grade IS NOT NULL`);
    await q.query(`
      UPDATE care_plans p SET item_frequencies = (
        SELECT coalesce(jsonb_agg(jsonb_build_object('code', c, 'timesPerMonth', least(p.frequency_per_week * 4, 62)) ORDER BY n), '[]')
          FROM unnest(p.items) WITH ORDINALITY AS u(c, n))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE care_plans DROP COLUMN item_frequencies');
    await q.query('ALTER TABLE care_plans DROP COLUMN conclusion_id');
  }
}
