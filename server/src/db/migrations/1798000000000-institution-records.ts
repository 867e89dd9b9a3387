import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Institution records in full (issue 10, item 1) and the assessor pool (item 5):
 * - staff: placed in their institution's region and county (the pool is read region-scoped),
 *   years in a relevant field, the platform code of Xinjiang art. 19, and a removal from the pool
 *   (art. 16 ¶2) that is permanent: once set it can never be cleared, nor the row deleted;
 * - certificates of each staff member with their expiry (the to-do list reads those expiring);
 * - trainings of assessors and experts (art. 15: trained and passed before working);
 * - premises, functional zones, the seven management systems and which are posted, the information system;
 * - related persons (legal representative, principal, actual controller, shareholders) with ID numbers,
 *   indexed by region and ID number for the separation rules (Qinhuangdao art. 40; Tumxuk §6(一); Xinjiang art. 12(6)).
 */
export class InstitutionRecords1798000000000 implements MigrationInterface {
  name = 'InstitutionRecords1798000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE staff
        ADD COLUMN region_id      text REFERENCES regions(id),
        ADD COLUMN county_id      text REFERENCES counties(id),
        ADD COLUMN years_in_field int CHECK (years_in_field BETWEEN 0 AND 60),
        ADD COLUMN national_code  text CHECK (length(national_code) BETWEEN 1 AND 30),
        ADD COLUMN removed_for    text CHECK (removed_for IN ('falseReport','giftsOrHospitality','dereliction','violationOrSanction','otherLegal')),
        ADD COLUMN removal_reason text,
        ADD COLUMN removed_at     timestamptz,
        ADD COLUMN removed_by     uuid REFERENCES users(id),
        ADD COLUMN created_at     timestamptz NOT NULL DEFAULT now()`);
    await q.query('UPDATE staff s SET region_id = i.region_id, county_id = i.county_id FROM institutions i WHERE i.id = s.institution_id');
    await q.query(`UPDATE staff SET role = 'other' WHERE role NOT IN ('assessor','expert','manager','it','carer','nurse','other')`);
    await q.query(`UPDATE staff SET title = 'none' WHERE title NOT IN ('none','junior','intermediate','senior')`);
    await q.query(`
      ALTER TABLE staff
        ALTER COLUMN region_id SET NOT NULL,
        ADD CONSTRAINT staff_role CHECK (role IN ('assessor','expert','manager','it','carer','nurse','other')),
        ADD CONSTRAINT staff_title CHECK (title IN ('none','junior','intermediate','senior')),
        ADD CONSTRAINT staff_removal CHECK ((removed_for IS NULL) = (removed_at IS NULL) AND (removed_for IS NULL OR length(removal_reason) >= 2))`);
    // the pool page: a region's assessors and experts by institution, role and status, sorted by name
    await q.query('CREATE INDEX staff_pool ON staff (region_id, role, name, id)');
    await q.query('CREATE INDEX staff_pool_institution ON staff (institution_id, role, name, id)');
    await q.query('CREATE INDEX staff_removed ON staff (region_id, removed_at) WHERE removed_for IS NOT NULL');
    // one person per platform code (Xinjiang art. 19): a removed assessor cannot come back under it
    await q.query('CREATE UNIQUE INDEX staff_national_code ON staff (national_code) WHERE national_code IS NOT NULL');
    // Xinjiang art. 16 ¶2: removal is for good (不得再从事评估工作) — even a direct UPDATE or DELETE cannot undo it
    await q.query(`
      CREATE FUNCTION staff_removal_is_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.removed_for IS NOT NULL THEN RAISE EXCEPTION 'a removed assessor stays on record (Xinjiang art. 16)'; END IF;
          RETURN OLD;
        END IF;
        IF OLD.removed_for IS NOT NULL AND (NEW.removed_for IS DISTINCT FROM OLD.removed_for OR NEW.removed_at IS DISTINCT FROM OLD.removed_at
            OR NEW.role IS DISTINCT FROM OLD.role OR NEW.national_code IS DISTINCT FROM OLD.national_code) THEN
          RAISE EXCEPTION 'a removed assessor is never put back (Xinjiang art. 16)';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER staff_removal_permanent BEFORE UPDATE OR DELETE ON staff FOR EACH ROW EXECUTE FUNCTION staff_removal_is_permanent()',
    );
    // the institution's delete cascades to its staff: an institution with a removed assessor is kept (the trigger refuses)
    await q.query(`
      CREATE TABLE staff_certificates (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id    uuid NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        number      text CHECK (length(number) <= 50),
        expires_on  date
      )`);
    await q.query('CREATE INDEX staff_certificates_staff ON staff_certificates (staff_id)');
    await q.query('CREATE INDEX staff_certificates_expiry ON staff_certificates (expires_on, id) WHERE expires_on IS NOT NULL');
    await q.query(`
      CREATE TABLE assessor_trainings (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id    uuid NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        trained_on  date NOT NULL,
        hours       numeric(4,1) NOT NULL CHECK (hours > 0),
        passed      boolean NOT NULL,
        course      text CHECK (length(course) <= 100),
        recorded_by uuid NOT NULL REFERENCES users(id),
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX assessor_trainings_staff ON assessor_trainings (staff_id, trained_on DESC)');
    // the pool's "trained" filter: a semi-join on the passed trainings
    await q.query('CREATE INDEX assessor_trainings_passed ON assessor_trainings (staff_id) WHERE passed');
    await q.query(`
      ALTER TABLE institutions
        ADD COLUMN floor_area         numeric(8,2) CHECK (floor_area >= 0),
        ADD COLUMN tenure             text CHECK (tenure IN ('owned','leased')),
        ADD COLUMN lease_ends_on      date,
        ADD COLUMN zones              text[] NOT NULL DEFAULT '{}',
        ADD COLUMN management_systems text[] NOT NULL DEFAULT '{}',
        ADD COLUMN systems_posted     text[] NOT NULL DEFAULT '{}',
        ADD COLUMN home_visit_kit     boolean NOT NULL DEFAULT false,
        ADD COLUMN info_system_name   text CHECK (length(info_system_name) <= 100),
        ADD COLUMN platform_connected boolean NOT NULL DEFAULT false,
        ADD COLUMN security_policy    boolean NOT NULL DEFAULT false,
        ADD COLUMN security_officer   text CHECK (length(security_officer) <= 100),
        ADD COLUMN electronic_archives boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT institutions_lease CHECK (tenure IS DISTINCT FROM 'leased' OR lease_ends_on IS NOT NULL),
        ADD CONSTRAINT institutions_posted CHECK (systems_posted <@ management_systems)`);
    await q.query(`
      CREATE TABLE institution_related_persons (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
        region_id      text NOT NULL REFERENCES regions(id),
        county_id      text REFERENCES counties(id),
        role           text NOT NULL CHECK (role IN ('legalRepresentative','principal','actualController','shareholder')),
        name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        id_number      text NOT NULL CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX related_persons_institution ON institution_related_persons (institution_id, role, name, id)');
    // the separation rules look up the region's other institutions by the same person
    await q.query('CREATE INDEX related_persons_id_number ON institution_related_persons (region_id, id_number)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE institution_related_persons');
    await q.query(`ALTER TABLE institutions DROP CONSTRAINT institutions_lease, DROP CONSTRAINT institutions_posted,
      DROP COLUMN floor_area, DROP COLUMN tenure, DROP COLUMN lease_ends_on, DROP COLUMN zones, DROP COLUMN management_systems,
      DROP COLUMN systems_posted, DROP COLUMN home_visit_kit, DROP COLUMN info_system_name, DROP COLUMN platform_connected,
      DROP COLUMN security_policy, DROP COLUMN security_officer, DROP COLUMN electronic_archives`);
    await q.query('DROP TABLE assessor_trainings');
    await q.query('DROP TABLE staff_certificates');
    await q.query('DROP TRIGGER staff_removal_permanent ON staff');
    await q.query('DROP FUNCTION staff_removal_is_permanent()');
    await q.query('DROP INDEX staff_national_code');
    await q.query('DROP INDEX staff_removed');
    await q.query('DROP INDEX staff_pool_institution');
    await q.query('DROP INDEX staff_pool');
    await q.query(`ALTER TABLE staff DROP CONSTRAINT staff_removal, DROP CONSTRAINT staff_title, DROP CONSTRAINT staff_role,
      DROP COLUMN region_id, DROP COLUMN county_id, DROP COLUMN years_in_field, DROP COLUMN national_code, DROP COLUMN removed_for,
      DROP COLUMN removal_reason, DROP COLUMN removed_at, DROP COLUMN removed_by, DROP COLUMN created_at`);
  }
}
