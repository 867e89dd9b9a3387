import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../core/calendar.data.js';
import { tumxukInstitutionParams } from '../institutions/params.js';
import {
  agreementExpiryTodo,
  fundWarningTodo,
  infoChangeTodo,
  isTodoDue,
  leaseExpiryTodo,
  sortTodos,
  TODO_KINDS,
  todoColour,
  todoItem,
  todoTrace,
} from './todo.js';

describe('to-do colours', () => {
  it('Product rule: reminders — overdue red, up to 7 days orange, up to 30 yellow, more green', () => {
    expect([-1, 0, 7, 8, 30, 31].map((d) => todoColour(d))).toEqual(['red', 'orange', 'orange', 'yellow', 'yellow', 'green']);
    expect(todoColour(10, { orangeWithin: 14, yellowWithin: 60 })).toBe('orange');
  });
});

describe('agreementExpiryTodo', () => {
  const agreement = { id: 'A1', number: '兵团三师评协〔2026〕1号', state: 'active' as const, endDate: '2027-08-31' };

  it('Xinjiang art. 10 / Product rule: reminders — an agreement in force appears 60 days before its end', () => {
    expect(agreementExpiryTodo(agreement, '2027-07-01')).toBeNull();
    expect(agreementExpiryTodo(agreement, '2027-07-02')).toEqual({
      kind: 'agreementExpiry',
      record: { resource: 'ServiceAgreement', id: 'A1', title: '兵团三师评协〔2026〕1号' },
      dueDate: '2027-08-31',
      daysLeft: 60,
      colour: 'green',
      citation: TODO_KINDS.agreementExpiry.citation,
    });
    expect(agreementExpiryTodo(agreement, '2027-08-24')?.colour).toBe('orange');
    expect(agreementExpiryTodo({ ...agreement, state: 'suspended', number: null }, '2027-09-01')).toMatchObject({
      daysLeft: -1,
      colour: 'red',
      record: { id: 'A1' },
    });
  });

  it('Xinjiang art. 10: drafts and ended agreements, or one without an end, remind nobody', () => {
    for (const state of ['draft', 'terminated', 'expired'] as const)
      expect(agreementExpiryTodo({ ...agreement, state }, '2027-08-01')).toBeNull();
    expect(agreementExpiryTodo({ ...agreement, endDate: null }, '2027-08-01')).toBeNull();
  });
});

describe('infoChangeTodo', () => {
  const institution = { id: 'I1', name: '图木舒克市某评估机构' };

  it('Xinjiang art. 21: a major change not yet applied for is due 30 working days after approval (2026-09-15 → 2026-11-02, National Day not counted)', () => {
    const r = infoChangeTodo(
      institution,
      { approvalDate: '2026-09-15', changes: ['bankAccount'] },
      '2026-10-26',
      tumxukInstitutionParams,
      officialCalendar,
    );
    expect(r.ok && r.value).toEqual({
      kind: 'infoChange',
      record: { resource: 'Institution', id: 'I1', title: '图木舒克市某评估机构' },
      dueDate: '2026-11-02',
      daysLeft: 7,
      colour: 'orange',
      citation: 'Xinjiang art. 21',
    });
    if (r.ok) expect(r.trace.map((s) => s.rule)).toContain('policy.addWorkingDays');
  });

  it('Xinjiang art. 21: applied for, or a general change (told promptly), leaves nothing to do', () => {
    const applied = infoChangeTodo(
      { id: 'I1' },
      { approvalDate: '2026-09-15', changes: ['name'], appliedOn: '2026-10-10' },
      '2026-10-26',
      tumxukInstitutionParams,
      officialCalendar,
    );
    expect(applied.ok && applied.value).toBeNull();
    const general = infoChangeTodo(
      { id: 'I1' },
      { approvalDate: '2026-09-15', changes: ['other'] },
      '2026-10-26',
      tumxukInstitutionParams,
      officialCalendar,
    );
    expect(general.ok && general.value).toBeNull();
  });

  it('Xinjiang art. 21: bad input and a year the calendar lacks are issues, never a guess', () => {
    const badDay = infoChangeTodo(
      { id: 'I1' },
      { approvalDate: '2026-09-15', changes: ['name'] },
      'soon',
      tumxukInstitutionParams,
      officialCalendar,
    );
    expect(badDay.ok ? [] : badDay.issues.map((i) => i.code)).toEqual(['INVALID_DATE']);
    const late = infoChangeTodo(
      { id: 'I1' },
      { approvalDate: '2026-12-20', changes: ['name'] },
      '2026-12-21',
      tumxukInstitutionParams,
      officialCalendar,
    );
    expect(late.ok ? [] : late.issues.map((i) => i.code)).toEqual(['CALENDAR_YEAR_MISSING']);
  });
});

describe('to-do list', () => {
  it('Product rule: reminders — most urgent first, ties in a stable order; windows per kind', () => {
    const items = [
      todoItem('infoChange', { resource: 'Institution', id: 'I2' }, '2026-11-10', '2026-11-01'),
      todoItem('agreementExpiry', { resource: 'ServiceAgreement', id: 'A9' }, '2026-11-03', '2026-11-01'),
      todoItem('agreementExpiry', { resource: 'ServiceAgreement', id: 'A1' }, '2026-11-10', '2026-11-01'),
      todoItem('agreementExpiry', { resource: 'ServiceAgreement', id: 'A0' }, '2026-11-10', '2026-11-01'),
    ];
    expect(sortTodos(items).map((i) => i.record.id)).toEqual(['A9', 'A0', 'A1', 'I2']);
    expect(isTodoDue('infoChange', '2030-01-01', '2026-11-01')).toBe(true);
    expect(isTodoDue('agreementExpiry', '2027-01-01', '2026-11-01')).toBe(false);
  });
});

describe('todoTrace', () => {
  it('Product rule: reminders — explains the due date, the days left and the colour, after the kind’s own steps', () => {
    const item = agreementExpiryTodo({ id: 'A1', number: 'N', state: 'active', endDate: '2027-08-31' }, '2027-08-10')!;
    const trace = todoTrace(item, '2027-08-10');
    expect(trace.map((s) => [s.rule, s.output])).toEqual([
      ['todo.agreementExpiry', '2027-08-31'],
      ['todo.daysLeft', 21],
      ['todo.colour', 'yellow'],
    ]);
    expect(trace[0].citation).toContain('Xinjiang art. 10');
    const change = infoChangeTodo(
      { id: 'I1' },
      { approvalDate: '2026-09-15', changes: ['bankAccount'] },
      '2026-11-03',
      tumxukInstitutionParams,
      officialCalendar,
    );
    if (!change.ok || !change.value) throw new Error('expected an item');
    const explained = todoTrace(change.value, '2026-11-03', change.trace).map((s) => s.rule);
    expect(explained).toContain('institutions.infoChange.due');
    expect(explained.slice(-2)).toEqual(['todo.daysLeft', 'todo.colour']);
  });
});

describe('fundWarningTodo', () => {
  it('Qinhuangdao art. 58 / Product rule: an open warning raised on 2026-11-28 is due 5 days later, 2026-12-03; acknowledged, it leaves the list', () => {
    const w = { id: 'W1', message: '账实不符', state: 'open', raisedOn: '2026-11-28' };
    expect(fundWarningTodo(w, '2026-12-01')).toMatchObject({
      kind: 'fundWarning',
      record: { resource: 'FundWarning', id: 'W1', title: '账实不符' },
      dueDate: '2026-12-03',
      daysLeft: 2,
      colour: 'orange',
    });
    expect(fundWarningTodo({ ...w, state: 'acknowledged' }, '2026-12-01')).toBeNull();
    const item = fundWarningTodo(w, '2026-12-01')!;
    expect(todoTrace(item, '2026-12-01').map((s) => s.rule)).toEqual(['todo.fundWarning', 'todo.daysLeft', 'todo.colour']);
  });
});

describe('leaseExpiryTodo (Xinjiang art. 6(3), 7(4))', () => {
  it('Xinjiang art. 6(3), 7(4); Product rule: a lease ending 2026-12-21 is a to-do on 2026-12-01 (20 days, yellow), not on 2026-10-21 (61 days); owned premises never', () => {
    const leased = { id: 'i1', name: '甲评估中心', tenure: 'leased' as const, leaseEndsOn: '2026-12-21' };
    // 2026-12-01 → 2026-12-21: 20 calendar days ≤ 60, > 7 and ≤ 30 → yellow
    expect(leaseExpiryTodo(leased, '2026-12-01')).toMatchObject({
      kind: 'leaseExpiry',
      dueDate: '2026-12-21',
      daysLeft: 20,
      colour: 'yellow',
      record: { resource: 'Institution', id: 'i1', title: '甲评估中心：场所租期至2026-12-21' },
      citation: TODO_KINDS.leaseExpiry.citation,
    });
    // 2026-10-21 → 2026-12-21: 31 + 30 = 61 days > 60
    expect(leaseExpiryTodo(leased, '2026-10-21')).toBeNull();
    // ended 2 days ago: overdue, red
    expect(leaseExpiryTodo(leased, '2026-12-23')).toMatchObject({ daysLeft: -2, colour: 'red' });
    expect(leaseExpiryTodo({ ...leased, tenure: 'owned' }, '2026-12-01')).toBeNull();
    const item = leaseExpiryTodo(leased, '2026-12-01');
    expect(todoTrace(item!, '2026-12-01').map((s) => s.rule)).toContain('todo.leaseExpiry');
  });
});
