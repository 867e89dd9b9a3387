import { afterEach, describe, expect, it, vi } from 'vitest';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { can, canAccess, rolesWith } from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('rights README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Product rule: one rights table — README can / canAccess example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    console.log(can(['inspector'], 'institution.update'), can(['inspector'], 'institution.deactivate'), can([], 'institution.read'));
    console.log(canAccess(['fund_manager'], 'AuditLog', 'list'), rolesWith('agreement.approve_termination').join(','));
    expect(printed()).toEqual(['true false true', 'false admin,inspector,agency_officer']);
  });
});
