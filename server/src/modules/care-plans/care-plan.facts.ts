import type { CarePlanFacts } from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import { todayInChina } from '../../common/today.js';
import type { CarePlan } from './care-plan.entity.js';

const IN_FORCE = ['active', 'suspended', 'termination_pending'];

/**
 * The accept guards' facts for plans already read through Scope, in three statements whatever their
 * number: another accepted plan of the claimant that the plan does not replace (Qinhuangdao art. 30),
 * an agreement in force of the institution (art. 30, 36), a sanction in force on the claimant (art. 69, 71).
 */
export async function carePlanFactsFor(em: EntityManager, plans: readonly CarePlan[]): Promise<Map<string, CarePlanFacts>> {
  const asOf = todayInChina();
  const out = new Map<string, CarePlanFacts>();
  if (!plans.length) return out;
  const claimants = [...new Set(plans.map((p) => p.claimantId))];
  const institutions = [...new Set(plans.map((p) => p.institutionId))];
  const [accepted, designated, sanctioned] = await Promise.all([
    em.query("SELECT id, claimant_id FROM care_plans WHERE claimant_id = ANY($1) AND state = 'accepted'", [claimants]),
    em.query('SELECT DISTINCT institution_id FROM service_agreements WHERE institution_id = ANY($1) AND state = ANY($2)', [
      institutions,
      IN_FORCE,
    ]),
    em.query("SELECT DISTINCT claimant_id FROM claimant_sanctions WHERE claimant_id = ANY($1) AND state = 'inForce' AND starts_on <= $2", [
      claimants,
      asOf,
    ]),
  ]);
  const designatedSet = new Set((designated as { institution_id: string }[]).map((r) => r.institution_id));
  const sanctionedSet = new Set((sanctioned as { claimant_id: string }[]).map((r) => r.claimant_id));
  for (const p of plans) {
    const otherAccepted = (accepted as { id: string; claimant_id: string }[]).some(
      (a) => a.claimant_id === p.claimantId && a.id !== p.id && a.id !== p.replacesId,
    );
    out.set(p.id, {
      asOf,
      otherAccepted,
      institutionDesignated: designatedSet.has(p.institutionId),
      sanctioned: sanctionedSet.has(p.claimantId),
    });
  }
  return out;
}

/** Whether a claimant's county (read through Scope with the claimant) is a border or remote regiment (Tumxuk §5(二)). */
export async function isRemote(scope: { em: EntityManager }, countyId: string | null): Promise<boolean> {
  if (!countyId) return false;
  const [row] = await scope.em.query('SELECT remote FROM counties WHERE id = $1', [countyId]);
  return row?.remote === true;
}
