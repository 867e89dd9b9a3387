import { addMonthsToMonth, CARE_SERVICE_ITEMS, maskResidentId, residentIdCheckChar } from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/context.js';
import { Db } from '../../common/db.js';
import { Scope } from '../../common/scope.js';
import { runTransition } from '../../common/workflow/run-transition.js';
import { Role } from '../../modules/auth/roles.js';
import type { User } from '../../modules/auth/user.entity.js';
import { runDeclarationAudit } from '../../modules/declarations/audit-run.js';
import type { DeclaredRecordInput } from '../../modules/declarations/declaration.args.js';
import { DECLARATION_TRANSITIONS } from '../../modules/declarations/declaration.service.js';
import { openDeclaration, submitRecords } from '../../modules/declarations/declaration.submit.js';
import { PolicyDataService } from '../../modules/policy/policy-data.service.js';

const HOME = { lat: 39.935, lng: 119.6 };
/** The plans' two home-care items, the first of the national catalogue's excerpt. */
const ITEMS = Object.keys(CARE_SERVICE_ITEMS).slice(0, 2);

const callerOf = (user: User, role: Role): Caller => ({
  id: user.id,
  username: user.username,
  roles: [role],
  regionIds: ['qinhuangdao'],
  counties: [],
  mustChangePassword: false,
});

/**
 * Issue 13: two Qinhuangdao care institutions' carers (identity numbers masked, a qualification
 * each), six claimants with accepted home-care plans there, and last month's declarations — one
 * confirmed and audited, with a short visit, a consecutive-day visit and a visit during a hospital
 * stay flagged, so that an agency officer opens the flag queue with work in it; one still a draft.
 * Entered by the Qinhuangdao TPA (tpa_qhd), so the officer is a second person for the decisions.
 */
export async function seedDemoDeclarations(em: EntityManager, people: { officer: User; tpa: User }, today: string): Promise<void> {
  const month = addMonthsToMonth(today.slice(0, 7), -1);
  const institutions: { id: string }[] = await em.query(
    `SELECT i.id FROM institutions i
      WHERE i.region_id = 'qinhuangdao' AND i.kind = 'care' AND i.state = 'active'
        AND EXISTS (SELECT 1 FROM service_agreements a WHERE a.institution_id = i.id AND a.state = 'active'
                     AND a.start_date <= $1 AND a.end_date >= $2)
        AND EXISTS (SELECT 1 FROM staff s WHERE s.institution_id = i.id AND s.role = 'carer')
      ORDER BY i.name LIMIT 2`,
    [`${month}-01`, `${month}-28`],
  );
  if (institutions.length < 2) return;
  const claimants: { id: string }[] = await em.query(
    `SELECT id FROM claimants WHERE region_id = 'qinhuangdao' AND death_date IS NULL AND eligibility_status = 'active'
        AND category IN ('employee','retiree','flexible','flexibleRetiree') AND coalesce(eligibility_waiting_end, $1) <= $1
      ORDER BY name, id LIMIT 6`,
    [`${addMonthsToMonth(month, -3)}-01`],
  );
  if (claimants.length < 6) return;
  // the carers: a masked identity number and a valid qualification each
  const carers: { id: string; institution_id: string }[] = await em.query(
    `SELECT id, institution_id FROM staff WHERE institution_id = ANY($1::uuid[]) AND role = 'carer' ORDER BY name, id`,
    [institutions.map((i) => i.id)],
  );
  for (const [n, c] of carers.entries()) {
    const first17 = `130302198${n % 10}0${1 + (n % 9)}15${String(100 + n).slice(-3)}`;
    const number = first17 + residentIdCheckChar(first17);
    await em.query('UPDATE staff SET id_number = $2, id_number_masked = $3 WHERE id = $1', [c.id, number, maskResidentId(number)]);
    await em.query(
      `INSERT INTO staff_certificates (staff_id, name, number, expires_on)
       SELECT $1, '养老护理员职业技能等级证书', $2, '2028-12-31'
        WHERE NOT EXISTS (SELECT 1 FROM staff_certificates WHERE staff_id = $1)`,
      [c.id, `YL2025${String(1000 + n)}`],
    );
  }
  const carerOf = (institutionId: string) => carers.find((c) => c.institution_id === institutionId)!.id;
  const plans = claimants.map((c, i) => [c.id, institutions[i < 3 ? 0 : 1].id]);
  await em.query(
    `INSERT INTO care_plans (claimant_id, region_id, institution_id, care_mode, care_subtype, items, frequency_per_week, start_date, state, prepared_by,
       accepted_on, benefits_from)
     SELECT p[1]::uuid, 'qinhuangdao', p[2]::uuid, 'home', '居家上门', $4::text[], 3, $2, 'accepted', $3, $2::date, $2::date
       FROM jsonb_array_elements($1::jsonb) AS x(j), LATERAL (SELECT ARRAY[j->>0, j->>1]) AS t(p)`,
    [JSON.stringify(plans), `${addMonthsToMonth(month, -3)}-01`, people.officer.id, ITEMS],
  );
  await em.query('UPDATE claimants SET home_lat = $2, home_lng = $3 WHERE id = ANY($1::uuid[])', [
    claimants.map((c) => c.id),
    HOME.lat,
    HOME.lng,
  ]);
  // the third claimant was in hospital from the 10th to the 12th (Qinhuangdao art. 34(三))
  await em.query(
    `INSERT INTO claimant_hospital_stays (claimant_id, region_id, hospital, admitted_on, discharged_on) VALUES ($1, 'qinhuangdao', '秦皇岛市第一医院', $2, $3)`,
    [claimants[2].id, `${month}-10`, `${month}-12`],
  );
  const visit = (key: string, claimantId: string, carerId: string, day: number, minutes = 120): DeclaredRecordInput => {
    const d = `${month}-${String(day).padStart(2, '0')}`;
    const end = 9 * 60 + minutes;
    return {
      key,
      kind: 'homeVisit',
      claimantId,
      carerIds: [carerId],
      start: `${d}T09:00`,
      end: `${d}T${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`,
      checkInLat: HOME.lat,
      checkInLng: HOME.lng,
      items: [ITEMS[0]],
      lines: [{ category: 'care', amount: '110.00' }],
    };
  };
  const tpa = callerOf(people.tpa, Role.tpa_staff);
  const officer = callerOf(people.officer, Role.agency_officer);
  const [a, b] = institutions.map((i) => i.id);
  const [c1, c2, c3, c4, c5, c6] = claimants.map((c) => c.id);
  const confirmedRecords = [
    visit('V-001', c1, carerOf(a), 3),
    visit('V-002', c1, carerOf(a), 5),
    visit('V-003', c1, carerOf(a), 6), // the day after the 5th: art. 31(1)3 "原则上不能连续两日"
    visit('V-004', c2, carerOf(a), 4, 95), // 95 minutes: under the 120 of art. 31(1)3
    visit('V-005', c2, carerOf(a), 8),
    visit('V-006', c3, carerOf(a), 11), // in hospital (art. 33(三), 34(三))
    visit('V-007', c3, carerOf(a), 15),
  ];
  const draftRecords = [visit('V-101', c4, carerOf(b), 2), visit('V-102', c5, carerOf(b), 4), visit('V-103', c6, carerOf(b), 6)];
  const policy = new PolicyDataService(new Db(em.connection));
  const first = await openDeclaration(new Scope(em, tpa), tpa, a, month);
  await submitRecords(new Scope(em, tpa), tpa, first, confirmedRecords);
  const [{ version }] = await em.query('SELECT version FROM service_declarations WHERE id = $1', [first.id]);
  const confirmed = await runTransition(new Scope(em, officer), DECLARATION_TRANSITIONS, {
    id: first.id,
    action: 'confirm',
    expectedVersion: version,
  });
  await runDeclarationAudit(new Scope(em, officer), officer, policy, confirmed);
  const second = await openDeclaration(new Scope(em, tpa), tpa, b, month);
  await submitRecords(new Scope(em, tpa), tpa, second, draftRecords);
}
