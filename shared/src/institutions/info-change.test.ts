import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../core/calendar.data.js';
import { type InfoChangeInput, infoChangeDeadline } from './info-change.js';
import { qinhuangdaoInstitutionParams as qhd, tumxukInstitutionParams as tmk } from './params.js';

describe('Xinjiang art. 21: information changes', () => {
  // approved 2026-09-15 (Tue): 16–18 (3), 09-20 Sun make-up (4), 21–24 (8), 25–27 off, 28–30 (11), 10-01..07 off,
  // 08 (12), 09 (13), 10-10 Sat make-up (14), 12–16 (19), 19–23 (24), 26–30 (29), 11-02 (30)
  it.each([
    ['2026-11-02', 'onTime'],
    ['2026-11-03', 'late'],
    [undefined, 'notYetApplied'],
  ])('Xinjiang art. 21: bank account changed, approved 2026-09-15 → apply by 2026-11-02; applied %s → %s', (appliedOn, status) => {
    const r = infoChangeDeadline({ approvalDate: '2026-09-15', changes: ['bankAccount'], appliedOn }, tmk, officialCalendar);
    expect(r.ok && r.value).toEqual({ major: true, due: '2026-11-02', status, applicationAllowed: true, agreementTerminated: false });
  });

  it('Xinjiang art. 21: a general change → tell the agency promptly, no deadline', () => {
    const r = infoChangeDeadline({ approvalDate: '2026-09-15', changes: ['other'] }, tmk, officialCalendar);
    expect(r.ok && r.value).toMatchObject({ major: false, due: null, status: 'notifyPromptly' });
  });

  it('Xinjiang art. 21: under investigation → no change may be applied for; no longer qualified → agreement terminated', () => {
    const r = infoChangeDeadline(
      { approvalDate: '2026-09-15', changes: ['actualController'], underInvestigation: true, qualifiesAfterChange: false },
      tmk,
      officialCalendar,
    );
    expect(r.ok && r.value).toMatchObject({ applicationAllowed: false, agreementTerminated: true });
    expect(r.ok && r.trace.every((s) => s.citation.startsWith('Xinjiang art. 21') || s.rule === 'policy.addWorkingDays')).toBe(true);
  });

  it('Xinjiang art. 21: the 30 working days running into a year the calendar lacks → CALENDAR_YEAR_MISSING', () => {
    const r = infoChangeDeadline({ approvalDate: '2026-12-10', changes: ['name'] }, tmk, officialCalendar);
    expect(!r.ok && r.issues[0].code).toBe('CALENDAR_YEAR_MISSING');
  });

  it('Qinhuangdao: no information-change rule in its documents → PARAMETER_MISSING; bad input all listed', () => {
    const r = infoChangeDeadline(
      { approvalDate: 'x', changes: ['colour'], appliedOn: '2026-02-31' } as unknown as InfoChangeInput,
      qhd,
      officialCalendar,
    );
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'params.designation:PARAMETER_MISSING',
      'approvalDate:INVALID_DATE',
      'appliedOn:INVALID_DATE',
      'changes.0:NOT_ALLOWED',
    ]);
    const empty = infoChangeDeadline({ approvalDate: '2026-09-15', changes: [] }, tmk, officialCalendar);
    expect(!empty.ok && empty.issues[0]).toMatchObject({ path: 'changes', code: 'REQUIRED' });
  });
});
