import { addDays, type ContributionMonth, claimantEligibility, firstDayOf, policyPack } from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import type { User } from '../../modules/auth/user.entity.js';

interface Row {
  id: string;
  region_id: string;
  category: string;
  hardship_group: string | null;
}

/**
 * The claimant's file on an officer's first day (issue 11 items 7–10): a care plan the Qinhuangdao TPA
 * drafted, awaiting the agency's acceptance; an accepted plan whose months can be quoted; a claimant
 * whose benefits are suspended (Qinhuangdao art. 69) with the period ending within 30 days; a proposed
 * suspension awaiting a second officer. The demo catalogue comes with the migration, marked demo;
 * one Tumxuk regiment is marked remote for family care (a demo marking, not an official list).
 */
export async function seedDemoClaimantFile(em: EntityManager, people: Record<'admin' | 'agency_officer' | 'tpa_qhd', User>, today: string) {
  await em.query("UPDATE counties SET remote = true WHERE id = 'tmsk-r44'");
  const [institution] = await em.query(
    `SELECT i.id FROM institutions i JOIN service_agreements a ON a.institution_id = i.id
      WHERE i.region_id = 'qinhuangdao' AND i.kind = 'care' AND a.state = 'active' ORDER BY i.name LIMIT 1`,
  );
  const claimants: Row[] = await em.query(
    `SELECT id, region_id, category, hardship_group FROM claimants
      WHERE region_id = 'qinhuangdao' AND eligibility_status = 'active' AND death_date IS NULL AND category IN ('employee', 'retiree')
        AND NOT EXISTS (SELECT 1 FROM claimant_hospital_stays s WHERE s.claimant_id = claimants.id)
        AND NOT EXISTS (SELECT 1 FROM care_plans p WHERE p.claimant_id = claimants.id) ORDER BY name, id LIMIT 4`,
  );
  if (!institution || claimants.length < 4) return;
  const [drafted, accepted, sanctioned, proposed] = claimants;
  const lastMonth = firstDayOf(addDays(firstDayOf(today.slice(0, 7)), -1).slice(0, 7));
  await em.query(
    `INSERT INTO care_plans (claimant_id, region_id, institution_id, care_mode, care_subtype, items, frequency_per_week, start_date, grade,
       conclusion_on, prepared_by)
     VALUES ($1, 'qinhuangdao', $2, 'home', '居家上门', '{H01,H02,H04}', 3, $3, 4, $4, $5)`,
    [drafted.id, institution.id, addDays(today, 7), addDays(today, -10), people.tpa_qhd.id],
  );
  const [plan] = await em.query(
    `INSERT INTO care_plans (claimant_id, region_id, institution_id, care_mode, items, frequency_per_week, start_date, grade, conclusion_on,
       prepared_by, state, version, accepted_on, benefits_from, start_trace)
     VALUES ($1, 'qinhuangdao', $2, 'community', '{H01,H03,H05}', 3, $3, 5, $4, $5, 'accepted', 2, $3, $3, $6) RETURNING id`,
    [
      accepted.id,
      institution.id,
      lastMonth,
      addDays(lastMonth, -20),
      people.tpa_qhd.id,
      JSON.stringify([
        {
          rule: 'carePlan.benefitStart',
          citation: 'Qinhuangdao art. 28',
          inputs: { conclusionOn: addDays(lastMonth, -20) },
          output: lastMonth,
        },
      ]),
    ],
  );
  // Qinhuangdao art. 28, 30: each plan rests on its claimant's final conclusion (its grade and letter date) and
  // states a frequency per item (art. 31(1)3: home care 10次/月, so 8 and 4 a month at home)
  for (const [claimant, grade, letterOn, frequencies] of [
    [drafted.id, 4, addDays(today, -10), [8, 8, 4]],
    [accepted.id, 5, addDays(lastMonth, -20), [20, 8, 4]],
  ] as const) {
    const [conclusion] = await em.query(
      `INSERT INTO assessment_applications (region_id, claimant_id, kind, state, prepared_by, applied_on, disability_since, condition_stable,
         computed_grade, recorded_grade, letter_issued_on, letter_received_on, final_on)
       VALUES ('qinhuangdao', $1, 'initial', 'final', $2, $3, $4, true, $5, $5, $6, $6, $6) RETURNING id`,
      [claimant, people.agency_officer.id, addDays(letterOn, -40), addDays(letterOn, -400), grade, letterOn],
    );
    await em.query(
      `UPDATE care_plans p SET conclusion_id = $2, item_frequencies = (
         SELECT jsonb_agg(jsonb_build_object('code', c, 'timesPerMonth', ($3::int[])[n]) ORDER BY n) FROM unnest(p.items) WITH ORDINALITY u(c, n))
       WHERE p.claimant_id = $1`,
      [claimant, conclusion.id, frequencies],
    );
  }
  await em.query(
    `INSERT INTO workflow_history (workflow, record_id, action, from_state, to_state, actor_id, actor_name, reason, input, trace)
     VALUES ('carePlan', $1, 'accept', 'drafted', 'accepted', $2, $3, NULL, '{}', '[]')`,
    [plan.id, people.agency_officer.id, people.agency_officer.username],
  );
  // suspended for 60 days from 40 days ago: the period ends within the 30-day reminder window
  const [sanction] = await em.query(
    `INSERT INTO claimant_sanctions (claimant_id, region_id, kind, starts_on, ends_on, reason, state, version, prepared_by)
     VALUES ($1, 'qinhuangdao', 'suspend', $2, $3, '冒用他人参保凭证申请评估（演示）', 'inForce', 2, $4) RETURNING id, starts_on, ends_on`,
    [sanctioned.id, addDays(today, -40), addDays(today, 20), people.admin.id],
  );
  await em.query(
    `INSERT INTO workflow_history (workflow, record_id, action, from_state, to_state, actor_id, actor_name, reason, input, trace)
     VALUES ('claimantSanction', $1, 'approve', 'proposed', 'inForce', $2, $3, NULL, '{}', '[]')`,
    [sanction.id, people.agency_officer.id, people.agency_officer.username],
  );
  await refreshStored(em, sanctioned, today, {
    kind: 'suspend',
    startsOn: addDays(today, -40),
    endsOn: addDays(today, 20),
    reinstatedOn: null,
  });
  await em.query(
    `INSERT INTO claimant_sanctions (claimant_id, region_id, kind, starts_on, ends_on, reason, prepared_by)
     VALUES ($1, 'qinhuangdao', 'suspend', $2, $3, '伪造住院材料（演示）', $4)`,
    [proposed.id, today, addDays(today, 89), people.admin.id],
  );
}

/** The sanctioned claimant's stored status, recomputed with the sanction (what the server's refresh does). */
async function refreshStored(
  em: EntityManager,
  c: Row,
  today: string,
  sanction: { kind: 'suspend'; startsOn: string; endsOn: string; reinstatedOn: null },
): Promise<void> {
  const months = await em.query(
    'SELECT month, status, amount::text AS amount, to_char(arrived_on, \'YYYY-MM-DD\') AS "arrivedOn" FROM claimant_contributions WHERE claimant_id = $1 ORDER BY month',
    [c.id],
  );
  const stays = await em.query(
    `SELECT to_char(admitted_on, 'YYYY-MM-DD') AS "admittedOn", to_char(discharged_on, 'YYYY-MM-DD') AS "dischargedOn"
       FROM claimant_hospital_stays WHERE claimant_id = $1 ORDER BY admitted_on`,
    [c.id],
  );
  const pack = policyPack(c.region_id, today);
  if (!pack.ok) return;
  const e = claimantEligibility(
    {
      category: c.category as never,
      contributions: months as ContributionMonth[],
      hospitalStays: stays,
      deathDate: null,
      exemptions: c.hardship_group ? ['hardshipSubsidised'] : [],
      sanctions: [sanction],
      asOf: today,
    },
    pack.value.eligibility,
  );
  if (!e.ok) return;
  await em.query(
    `UPDATE claimants SET eligibility_status = $2, eligibility_since = $3, eligibility_suspended = $4, eligibility_valid_until = $5,
       eligibility_trace = $6 WHERE id = $1`,
    [c.id, e.value.status, e.value.since, e.value.suspendedBecause, e.value.validUntil, JSON.stringify(e.trace)],
  );
}
