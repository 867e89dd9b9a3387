import { afterEach, describe, expect, it, vi } from 'vitest';
import { officialCalendar } from '../core/index.js';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { tumxukInstitutionParams } from '../institutions/index.js';
import { agreementExpiryTodo, infoChangeTodo } from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('to-do README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Xinjiang art. 10, 21: README agreementExpiryTodo / infoChangeTodo example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const a = agreementExpiryTodo({ id: 'A1', number: 'XJ-2026-001', state: 'active', endDate: '2027-08-31' }, '2027-08-10');
    console.log(a?.daysLeft, a?.colour);
    const c = infoChangeTodo(
      { id: 'I1' },
      { approvalDate: '2026-09-15', changes: ['bankAccount'] },
      '2026-11-03',
      tumxukInstitutionParams,
      officialCalendar,
    );
    if (c.ok) console.log(c.value?.dueDate, c.value?.daysLeft, c.value?.colour);
    expect(printed()).toEqual(['21 yellow', '2026-11-02 -1 red']);
  });
});
