import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Designation applications of assessment institutions (Xinjiang art. 7–12, annexes 1–2), with the
 * art. 8 review clock's pauses, the annex 2 review entries and the art. 9 panel; what the agency found
 * against an institution (art. 12, 21); the art. 21 handling of an information change; and a
 * termination proposed because the institution no longer qualifies after a change.
 */
export class DesignationApplications1799000000001 implements MigrationInterface {
  name = 'DesignationApplications1799000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE designation_applications (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id       uuid NOT NULL REFERENCES institutions(id),
        region_id            text NOT NULL REFERENCES regions(id),
        county_id            text REFERENCES counties(id),
        round                text NOT NULL CHECK (char_length(round) BETWEEN 1 AND 40),
        application_date     date NOT NULL,
        annex1               jsonb NOT NULL DEFAULT '{}',
        materials            text[] NOT NULL DEFAULT '{}',
        state                text NOT NULL DEFAULT 'submitted'
                             CHECK (state IN ('submitted','materials_check','supplementing','review','publicity','designated','rejected','refused')),
        version              int NOT NULL DEFAULT 1,
        prepared_by          uuid NOT NULL REFERENCES users(id),
        accepted_on          date,
        pauses               jsonb NOT NULL DEFAULT '[]',
        paused_since         date,
        missing_notice       text[],
        review_entries       jsonb NOT NULL DEFAULT '{}',
        review_total         numeric(6,2),
        review_basic_passed  boolean,
        review_trace         jsonb,
        panel                jsonb NOT NULL DEFAULT '[]',
        site_visit           jsonb,
        panel_decision       text CHECK (char_length(panel_decision) <= 2000),
        publicity_start      date,
        publicity_end        date,
        decision_reason      text,
        decided_on           date,
        agreement_id         uuid REFERENCES service_agreements(id),
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX designation_applications_region_state ON designation_applications (region_id, state, application_date DESC, id)',
    );
    await q.query('CREATE INDEX designation_applications_region_date ON designation_applications (region_id, application_date DESC, id)');
    await q.query(
      'CREATE INDEX designation_applications_round ON designation_applications (region_id, round, review_total DESC NULLS LAST, id)',
    );
    await q.query('CREATE INDEX designation_applications_institution ON designation_applications (institution_id, application_date DESC)');
    await q.query(`
      CREATE TABLE institution_findings (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id  uuid NOT NULL REFERENCES institutions(id),
        region_id       text NOT NULL REFERENCES regions(id),
        kind            text NOT NULL CHECK (kind IN ('forgery','investigation','dishonestListed','penaltyOutstanding','liabilityOutstanding')),
        found_on        date NOT NULL,
        closed_on       date CHECK (closed_on IS NULL OR closed_on >= found_on),
        note            text NOT NULL CHECK (char_length(note) BETWEEN 1 AND 2000),
        recorded_by     uuid NOT NULL REFERENCES users(id),
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX institution_findings_institution ON institution_findings (institution_id, kind, found_on)');
    await q.query(`
      ALTER TABLE institution_info_changes
        ADD COLUMN due_on date,
        ADD COLUMN late boolean,
        ADD COLUMN trace jsonb,
        ADD COLUMN qualifies_after boolean,
        ADD COLUMN conclusion text,
        ADD COLUMN concluded_on date,
        ADD COLUMN agreement_id uuid REFERENCES service_agreements(id)`);
    // the info-change list, a region's changes by approval date
    await q.query('CREATE INDEX institution_info_changes_region_date ON institution_info_changes (region_id, approval_date DESC, id)');
    await q.query('ALTER TABLE service_agreements DROP CONSTRAINT service_agreements_termination_kind_check');
    await q.query(`ALTER TABLE service_agreements ADD CONSTRAINT service_agreements_termination_kind_check
      CHECK (termination_kind IN ('violation','severe_breach','expiry','institution_request','no_longer_qualifies'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE service_agreements DROP CONSTRAINT service_agreements_termination_kind_check');
    await q.query(`ALTER TABLE service_agreements ADD CONSTRAINT service_agreements_termination_kind_check
      CHECK (termination_kind IN ('violation','severe_breach','expiry','institution_request'))`);
    await q.query('DROP INDEX institution_info_changes_region_date');
    await q.query(`ALTER TABLE institution_info_changes DROP COLUMN due_on, DROP COLUMN late, DROP COLUMN trace, DROP COLUMN qualifies_after,
      DROP COLUMN conclusion, DROP COLUMN concluded_on, DROP COLUMN agreement_id`);
    await q.query('DROP TABLE institution_findings');
    await q.query('DROP TABLE designation_applications');
  }
}
