import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The assessment after intake (Qinhuangdao art. 17–27; Xinjiang art. 16, 22): the dates each step
 * sets (the deadlines are computed from them on the working-day calendar, never stored), the
 * institution dispatched to, the reproducible assessor draw (seed and candidate list), the on-site
 * record with its computed grade and trace, the experts' conclusion, the publicity objection, the
 * letter's receipt; the assessors' declared relations with claimants (art. 20); and the fee of every
 * finished assessment with its payer, queued for the monthly settlement of assessment fees (art. 27, 54).
 */
export class AssessmentLifecycle1799100000001 implements MigrationInterface {
  name = 'AssessmentLifecycle1799100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assessment_applications
        ADD COLUMN first_application_id  uuid REFERENCES assessment_applications(id),
        ADD COLUMN accepted_on           date,
        ADD COLUMN forwarded_on          date,
        ADD COLUMN institution_id        uuid REFERENCES institutions(id),
        ADD COLUMN dispatched_on         date,
        ADD COLUMN draw_seed             bigint CHECK (draw_seed BETWEEN 0 AND 4294967295),
        ADD COLUMN draw_candidates       jsonb,
        ADD COLUMN draw_trace            jsonb,
        ADD COLUMN draw_warnings         jsonb,
        ADD COLUMN drawn_ids             uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN drawn_expert_ids      uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN drawn_at              timestamptz,
        ADD COLUMN drawn_by              uuid REFERENCES users(id),
        ADD COLUMN onsite_scores         jsonb,
        ADD COLUMN onsite_on             date,
        ADD COLUMN guardian_present      boolean NOT NULL DEFAULT false,
        ADD COLUMN present_person        text CHECK (char_length(present_person) <= 100),
        ADD COLUMN onsite_notes          text CHECK (char_length(onsite_notes) <= 4000),
        ADD COLUMN computed_grade        int CHECK (computed_grade BETWEEN 0 AND 5),
        ADD COLUMN grade_trace           jsonb,
        ADD COLUMN recorded_grade        int CHECK (recorded_grade BETWEEN 0 AND 5),
        ADD COLUMN confirming_expert_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN concluded_on          date,
        ADD COLUMN publicity_start       date,
        ADD COLUMN objection_by          text CHECK (char_length(objection_by) <= 100),
        ADD COLUMN objection_evidence    text CHECK (char_length(objection_evidence) <= 2000),
        ADD COLUMN objection_on          date,
        ADD COLUMN objection_pending     boolean NOT NULL DEFAULT false,
        ADD COLUMN letter_issued_on      date,
        ADD COLUMN letter_received_on    date,
        ADD COLUMN letter_late_reason    text CHECK (char_length(letter_late_reason) <= 500),
        ADD COLUMN disputed_on           date,
        ADD COLUMN final_on              date`);
    await q.query(
      'CREATE INDEX assessment_applications_first ON assessment_applications (first_application_id) WHERE first_application_id IS NOT NULL',
    );
    await q.query('CREATE INDEX assessment_applications_institution ON assessment_applications (institution_id, state)');

    await q.query(`
      CREATE TABLE assessor_relations (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id     text NOT NULL REFERENCES regions(id),
        staff_id      uuid NOT NULL REFERENCES staff(id),
        claimant_id   uuid NOT NULL REFERENCES claimants(id),
        relation      text NOT NULL CHECK (char_length(relation) BETWEEN 1 AND 200),
        declared_by   uuid NOT NULL REFERENCES users(id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (staff_id, claimant_id)
      )`);
    await q.query('CREATE INDEX assessor_relations_claimant ON assessor_relations (claimant_id)');

    await q.query(`
      CREATE TABLE assessment_fees (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id                  text NOT NULL REFERENCES regions(id),
        application_id             uuid NOT NULL REFERENCES assessment_applications(id),
        assessment_institution_id  uuid NOT NULL REFERENCES institutions(id),
        month                      text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        kind                       text NOT NULL,
        payer                      text NOT NULL CHECK (payer IN ('fund','applicant','institutionRefund')),
        amount                     numeric(12,2) NOT NULL CHECK (amount >= 0),
        trace                      jsonb NOT NULL,
        settlement_id              uuid,
        created_at                 timestamptz NOT NULL DEFAULT now(),
        UNIQUE (application_id, payer)
      )`);
    await q.query(
      'CREATE INDEX assessment_fees_settlement ON assessment_fees (region_id, month, assessment_institution_id) WHERE settlement_id IS NULL',
    );
    await q.query('CREATE INDEX assessment_fees_application ON assessment_fees (application_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE assessment_fees');
    await q.query('DROP TABLE assessor_relations');
    for (const c of [
      'first_application_id',
      'accepted_on',
      'forwarded_on',
      'institution_id',
      'dispatched_on',
      'draw_seed',
      'draw_candidates',
      'draw_trace',
      'draw_warnings',
      'drawn_ids',
      'drawn_expert_ids',
      'drawn_at',
      'drawn_by',
      'onsite_scores',
      'onsite_on',
      'guardian_present',
      'present_person',
      'onsite_notes',
      'computed_grade',
      'grade_trace',
      'recorded_grade',
      'confirming_expert_ids',
      'concluded_on',
      'publicity_start',
      'objection_by',
      'objection_evidence',
      'objection_on',
      'objection_pending',
      'letter_issued_on',
      'letter_received_on',
      'letter_late_reason',
      'disputed_on',
      'final_on',
    ])
      await q.query(`ALTER TABLE assessment_applications DROP COLUMN ${c}`);
  }
}
