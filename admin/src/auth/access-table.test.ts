import { RIGHTS, ROLES, canAccess as sharedCanAccess } from '@ltci/shared';
import { describe, expect, it } from 'vitest';
import { canAccess, isKnownResource } from './permissions';

describe('the access table the dashboard ships (issue 8, first load)', () => {
  it('answers exactly as the rights table for every role, resource and action', () => {
    const resources = [...new Set(RIGHTS.map((r) => r.resource)), 'Unknown'];
    const actions = [...new Set(['list', 'show', 'read', 'export', 'create', 'clone', 'edit', 'delete', ...RIGHTS.map((r) => r.action)])];
    const roleSets = [[], ...ROLES.map((r) => [r]), ['fund_manager', 'inspector']];
    let asked = 0;
    for (const resource of resources)
      for (const action of actions)
        for (const roles of roleSets) {
          asked++;
          expect(canAccess(roles, resource, action), `${roles.join('+')} ${resource}.${action}`).toBe(
            sharedCanAccess(roles, resource, action),
          );
        }
    expect(asked).toBeGreaterThan(1000);
  });

  it('knows every resource the rights name, and no other', () => {
    for (const r of RIGHTS) expect(isKnownResource(r.resource), r.resource).toBe(true);
    expect(isKnownResource('Unknown')).toBe(false);
  });
});
