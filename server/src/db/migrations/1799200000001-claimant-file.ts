import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The demo excerpt as shipped (marked demo until the official catalogue is imported). */
const DEMO: [string, string, string, string][] = [
  ['H01', '基本生活照料', '头面部清洁、梳理', '洗脸、洗头、梳头、剃须（演示目录）'],
  ['H02', '基本生活照料', '协助进食/水', '协助或喂食、喂水，观察吞咽（演示目录）'],
  ['H03', '基本生活照料', '协助如厕', '协助如厕、使用便器、更换纸尿裤（演示目录）'],
  ['H04', '基本生活照料', '床上擦浴', '全身或局部擦浴，更换衣物（演示目录）'],
  ['H05', '基本生活照料', '协助翻身叩背', '定时翻身、叩背排痰（演示目录）'],
  ['H06', '常用临床护理', '压疮预防护理', '皮肤评估、减压、体位摆放（演示目录）'],
  ['J01', '机构护理', '机构日常生活照料', '机构内全日生活照料（演示目录）'],
  ['J02', '机构护理', '机构医疗护理', '机构内常用临床护理（演示目录）'],
];

/**
 * The claimant's file (Qinhuangdao art. 28–34, 64, 69, 71; Tumxuk §5(二)): the national service-item
 * catalogue as data (a demo excerpt until the official one is imported), care plans that rest on a
 * conclusion and may replace an accepted plan (the one-accepted rule deferred to commit, so a change
 * ends the old plan in the same transaction), border and remote regiments for family care, sanctions
 * on claimants, and complaints that name the claimant they concern.
 */
export class ClaimantFile1799200000001 implements MigrationInterface {
  name = 'ClaimantFile1799200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_service_items (
        code        text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$'),
        category    text NOT NULL CHECK (char_length(category) BETWEEN 1 AND 50),
        name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
        content     text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 1000),
        demo        boolean NOT NULL DEFAULT false,
        active      boolean NOT NULL DEFAULT true,
        job_id      uuid,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX care_service_items_category ON care_service_items (active, category, code)');
    await q.query('CREATE INDEX care_service_items_name ON care_service_items (active, name, code)');
    for (const row of DEMO)
      await q.query('INSERT INTO care_service_items (code, category, name, content, demo) VALUES ($1, $2, $3, $4, true)', row);
    await q.query('ALTER TABLE counties ADD COLUMN remote boolean NOT NULL DEFAULT false');
    await q.query(`ALTER TABLE care_plans
      ADD COLUMN grade         int CHECK (grade BETWEEN 0 AND 5),
      ADD COLUMN conclusion_on date,
      ADD COLUMN family_carer  text CHECK (char_length(family_carer) <= 100),
      ADD COLUMN replaces_id   uuid REFERENCES care_plans(id),
      ADD COLUMN accepted_on   date,
      ADD COLUMN benefits_from date,
      ADD COLUMN start_trace   jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN end_cause     text CHECK (end_cause IN ('death','notSevere','other','replaced'))`);
    await q.query('DROP INDEX care_plans_one_accepted');
    await q.query(`ALTER TABLE care_plans ADD CONSTRAINT care_plans_one_accepted
      EXCLUDE USING btree (claimant_id WITH =) WHERE (state = 'accepted') DEFERRABLE INITIALLY DEFERRED`);
    await q.query('CREATE INDEX care_plans_region_created ON care_plans (region_id, state, created_at, id)');
    await q.query(`
      CREATE TABLE claimant_sanctions (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claimant_id  uuid NOT NULL REFERENCES claimants(id),
        region_id    text NOT NULL REFERENCES regions(id),
        county_id    text REFERENCES counties(id),
        kind         text NOT NULL CHECK (kind IN ('suspend','revoke')),
        starts_on    date NOT NULL,
        ends_on      date NOT NULL,
        reason       text NOT NULL CHECK (char_length(reason) BETWEEN 2 AND 500),
        reinstated_on date,
        state        text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed','inForce','reinstated','withdrawn')),
        version      int NOT NULL DEFAULT 1,
        prepared_by  uuid NOT NULL REFERENCES users(id),
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on),
        CHECK (reinstated_on IS NULL OR reinstated_on > ends_on)
      )`);
    await q.query('CREATE INDEX claimant_sanctions_claimant ON claimant_sanctions (claimant_id, starts_on, id)');
    await q.query('CREATE INDEX claimant_sanctions_region_state ON claimant_sanctions (region_id, state, ends_on, id)');
    await q.query('CREATE INDEX claimant_sanctions_region_starts ON claimant_sanctions (region_id, starts_on, id)');
    await q.query('ALTER TABLE complaints ADD COLUMN claimant_id uuid REFERENCES claimants(id)');
    await q.query('CREATE INDEX complaints_claimant ON complaints (claimant_id, received_on, id) WHERE claimant_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE complaints DROP COLUMN claimant_id');
    await q.query('DROP TABLE claimant_sanctions');
    await q.query('DROP INDEX care_plans_region_created');
    await q.query('ALTER TABLE care_plans DROP CONSTRAINT care_plans_one_accepted');
    await q.query(`ALTER TABLE care_plans DROP COLUMN grade, DROP COLUMN conclusion_on, DROP COLUMN family_carer, DROP COLUMN replaces_id,
      DROP COLUMN accepted_on, DROP COLUMN benefits_from, DROP COLUMN start_trace, DROP COLUMN end_cause`);
    await q.query("CREATE UNIQUE INDEX care_plans_one_accepted ON care_plans (claimant_id) WHERE state = 'accepted'");
    await q.query('ALTER TABLE counties DROP COLUMN remote');
    await q.query('DROP TABLE care_service_items');
  }
}
