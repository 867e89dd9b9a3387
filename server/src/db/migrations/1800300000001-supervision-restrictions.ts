import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Qinhuangdao art. 71: a suspension (or withholding) of an institution runs until a recorded day;
 * the agreement is restored only through a new application after it. Indexes behind the
 * assessment-quality indicators read per assessment institution (Xinjiang art. 26).
 */
export class SupervisionRestrictions1800300000001 implements MigrationInterface {
  name = 'SupervisionRestrictions1800300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision_consequences ADD COLUMN restricted_until date,
      ADD CONSTRAINT supervision_consequences_restricted_until CHECK (restricted_until IS NULL OR restricted_until >= decided_on)`);
    await q.query(
      `CREATE INDEX supervision_consequences_restriction ON supervision_consequences (institution_id, kind, restricted_until) WHERE restricted_until IS NOT NULL`,
    );
    await q.query(
      'CREATE INDEX assessment_applications_quality ON assessment_applications (region_id, institution_id) WHERE concluded_on IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX assessment_applications_quality');
    await q.query('DROP INDEX supervision_consequences_restriction');
    await q.query(
      'ALTER TABLE supervision_consequences DROP CONSTRAINT supervision_consequences_restricted_until, DROP COLUMN restricted_until',
    );
  }
}
