import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervision (Qinhuangdao art. 66–74; Xinjiang art. 25–27): inspections and their findings, the
 * consequences of a finding (rectification orders, withholding, suspension, referral, recovery),
 * and what an administrator publishes (art. 73).
 */
export class Supervision1798900000001 implements MigrationInterface {
  name = 'Supervision1798900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inspections (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id       text NOT NULL REFERENCES regions(id),
        county_id       text REFERENCES counties(id),
        kind            text NOT NULL CHECK (kind IN ('daily_round','random_spot_check','unannounced','performance')),
        title           text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        scope           text NOT NULL CHECK (char_length(scope) BETWEEN 1 AND 2000),
        planned_on      date NOT NULL,
        inspector_ids   uuid[] NOT NULL,
        inspector_names text[] NOT NULL,
        checklist       jsonb NOT NULL DEFAULT '[]',
        target_ids      uuid[] NOT NULL,
        selection       jsonb,
        result          text,
        state           text NOT NULL DEFAULT 'planned' CHECK (state IN ('planned','in_progress','findings_recorded','closed','cancelled')),
        version         int NOT NULL DEFAULT 1,
        prepared_by     uuid NOT NULL REFERENCES users(id),
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CHECK (cardinality(target_ids) >= 1 AND cardinality(inspector_ids) >= 1)
      )`);
    await q.query('CREATE INDEX inspections_region_planned ON inspections (region_id, planned_on DESC, id)');
    await q.query('CREATE INDEX inspections_region_state ON inspections (region_id, state, planned_on DESC, id)');
    await q.query('CREATE INDEX inspections_targets ON inspections USING gin (target_ids)');
    await q.query(`
      CREATE TABLE inspection_findings (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspection_id    uuid NOT NULL REFERENCES inspections(id),
        institution_id   uuid NOT NULL REFERENCES institutions(id),
        region_id        text NOT NULL REFERENCES regions(id),
        county_id        text REFERENCES counties(id),
        category         text NOT NULL CHECK (category IN ('service_quality','irregular_charge','false_records','information_security','management','other')),
        description      text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 4000),
        found_on         date NOT NULL,
        recorded_by      uuid NOT NULL REFERENCES users(id),
        recorded_by_name text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX inspection_findings_inspection ON inspection_findings (inspection_id, created_at, id)');
    await q.query('CREATE INDEX inspection_findings_institution ON inspection_findings (institution_id, found_on DESC)');
    await q.query(`
      CREATE TABLE rectifications (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id         uuid NOT NULL REFERENCES inspection_findings(id),
        institution_id     uuid NOT NULL REFERENCES institutions(id),
        region_id          text NOT NULL REFERENCES regions(id),
        county_id          text REFERENCES counties(id),
        ordered_on         date NOT NULL,
        due_on             date NOT NULL CHECK (due_on >= ordered_on),
        requirement        text NOT NULL CHECK (char_length(requirement) BETWEEN 1 AND 4000),
        state              text NOT NULL DEFAULT 'ordered' CHECK (state IN ('ordered','overdue','rectified','verified')),
        version            int NOT NULL DEFAULT 1,
        prepared_by        uuid NOT NULL REFERENCES users(id),
        scorecard_event_id uuid REFERENCES scorecard_events(id),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX rectifications_region_due ON rectifications (region_id, state, due_on, id)');
    await q.query('CREATE INDEX rectifications_finding ON rectifications (finding_id)');
    await q.query(`
      CREATE TABLE supervision_consequences (
        id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id             uuid NOT NULL REFERENCES inspection_findings(id),
        institution_id         uuid NOT NULL REFERENCES institutions(id),
        region_id              text NOT NULL REFERENCES regions(id),
        county_id              text REFERENCES counties(id),
        kind                   text NOT NULL CHECK (kind IN ('withholding','suspension','referral','recovery')),
        amount                 numeric(14,2) CHECK (amount > 0),
        reason                 text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
        decided_on             date NOT NULL,
        agreement_id           uuid REFERENCES service_agreements(id),
        posting_id             uuid REFERENCES fund_postings(id),
        records                jsonb NOT NULL DEFAULT '[]',
        reported_to_department boolean NOT NULL DEFAULT false,
        scorecard_event_id     uuid REFERENCES scorecard_events(id),
        trace                  jsonb NOT NULL DEFAULT '[]',
        decided_by             uuid NOT NULL REFERENCES users(id),
        decided_by_name        text NOT NULL,
        created_at             timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind IN ('withholding','recovery')) = (amount IS NOT NULL))
      )`);
    await q.query('CREATE INDEX supervision_consequences_region ON supervision_consequences (region_id, kind, decided_on DESC, id)');
    await q.query('CREATE INDEX supervision_consequences_finding ON supervision_consequences (finding_id)');
    await q.query('CREATE INDEX supervision_consequences_institution ON supervision_consequences (institution_id, kind)');
    await q.query(`
      CREATE TABLE publications (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id         text NOT NULL REFERENCES regions(id),
        kind              text NOT NULL CHECK (kind IN ('institutionDirectory','scorecardResult','fundYear')),
        year              int CHECK (year BETWEEN 2000 AND 2099),
        title             text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        note              text,
        content           jsonb NOT NULL,
        withdrawn_at      timestamptz,
        withdrawn_reason  text,
        published_by      uuid NOT NULL REFERENCES users(id),
        published_by_name text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX publications_region_kind ON publications (region_id, kind, created_at DESC) WHERE withdrawn_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['publications', 'supervision_consequences', 'rectifications', 'inspection_findings', 'inspections'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
