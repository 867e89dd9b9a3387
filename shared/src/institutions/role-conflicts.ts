import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { requireRecord } from '../core/validate.js';
import type { InstitutionParams, InstitutionRole } from './params.js';

export interface RoleConflict {
  roles: InstitutionRole[];
  citation: string;
  message: string;
}

export interface RoleConflictResult {
  allowed: boolean;
  conflicts: RoleConflict[];
}

const ROLES: InstitutionRole[] = ['assessment', 'care', 'tpa'];
const NAMES: Record<InstitutionRole, string> = { assessment: '失能等级评估', care: '依评估结论开展的长期护理服务', tpa: '长护险经办' };

/**
 * Whether one institution may hold these roles at once: Qinhuangdao art. 40 (assessment may
 * do neither care nor TPA; care + TPA allowed); Tumxuk §6(一) (interpretation parameter
 * `roleSeparation.rule`: no two of the three by default, or not all three).
 */
export function checkRoleConflicts(input: { roles: InstitutionRole[] }, params: InstitutionParams): PolicyResult<RoleConflictResult> {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return fail(issues.list);
  const roles = input.roles;
  if (!Array.isArray(roles)) issues.add('roles', 'REQUIRED', 'roles is required');
  else
    roles.forEach((r, i) => {
      if (!ROLES.includes(r)) issues.add(`roles.${i}`, 'NOT_ALLOWED', `role must be one of ${ROLES.join(', ')}, got ${shown(r)}`);
    });
  const bad = issues.result<RoleConflictResult>();
  if (bad) return bad;

  const held = ROLES.filter((r) => roles.includes(r));
  const { rule, citation, isInterpretation } = params.roleSeparation;
  const conflicts: RoleConflict[] = [];
  if (rule === 'notAllThree') {
    if (held.length === 3) conflicts.push({ roles: held, citation, message: '同一机构不得同时承担经办、评估和依评估结论开展的护理服务' });
  } else {
    for (let i = 0; i < held.length; i++)
      for (let j = i + 1; j < held.length; j++) {
        const pair: InstitutionRole[] = [held[i], held[j]];
        if (rule === 'noTwoOfThree' || pair.includes('assessment'))
          conflicts.push({ roles: pair, citation, message: `不得同时承担${NAMES[pair[0]]}和${NAMES[pair[1]]}工作` });
      }
  }
  const t = new Tracer();
  const value = t.step(
    'institutions.roleSeparation',
    citation,
    { roles: held, rule },
    { allowed: conflicts.length === 0, conflicts },
    isInterpretation ? { interpretation: `roleSeparation.rule = ${rule}` } : undefined,
  );
  return ok(value, t.steps);
}
