import { describe, expect, it } from 'vitest';
import { qinhuangdaoEligibilityParams as qhd, tumxukEligibilityParams as tmx } from '../eligibility/params.js';
import { carePlanIssues } from './care-plan.js';
import { carePlanLastDay, carePlanStart } from './plan-dates.js';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

describe('start, change and end of a care plan’s benefits', () => {
  it('Qinhuangdao art. 28, 30: letter 2026-08-12, plan asked from 08-15, accepted 08-20 → payable from 2026-09-01 (the month after the letter)', () => {
    const r = carePlanStart({ acceptedOn: '2026-08-20', startDate: '2026-08-15', conclusionOn: '2026-08-12' }, qhd);
    expect(value(r).benefitsFrom).toBe('2026-09-01');
  });

  it('Tumxuk §5(四) (interpretation firstGradeStart=nextDay): letter 2026-10-09, plan from 10-01 accepted 10-09 → payable from 2026-10-10', () => {
    expect(value(carePlanStart({ acceptedOn: '2026-10-09', startDate: '2026-10-01', conclusionOn: '2026-10-09' }, tmx)).benefitsFrom).toBe(
      '2026-10-10',
    );
  });

  it('Qinhuangdao art. 30: a plan accepted after the conclusion’s start day is payable from its acceptance (2026-09-17)', () => {
    expect(value(carePlanStart({ acceptedOn: '2026-09-17', startDate: '2026-09-01', conclusionOn: '2026-08-12' }, qhd)).benefitsFrom).toBe(
      '2026-09-17',
    );
  });

  it('Qinhuangdao art. 34(2): a new institution accepted 2026-09-14 applies from 2026-10-01; Tumxuk §5(四): a new mode accepted 10-14 from 10-15', () => {
    const change = { careModeChanged: false, institutionChanged: true };
    expect(
      value(carePlanStart({ acceptedOn: '2026-09-14', startDate: '2026-09-14', conclusionOn: null, replaces: change }, qhd)).benefitsFrom,
    ).toBe('2026-10-01');
    const mode = { careModeChanged: true, institutionChanged: false };
    expect(
      value(carePlanStart({ acceptedOn: '2026-10-14', startDate: '2026-10-14', conclusionOn: null, replaces: mode }, tmx)).benefitsFrom,
    ).toBe('2026-10-15');
  });

  it('Qinhuangdao art. 34(4)(5): death on 2026-09-18 ends benefits from 09-19, so the last day is 09-18; a non-severe letter of 10-03 → last day 10-03', () => {
    expect(value(carePlanLastDay('death', '2026-09-18', '2026-11-01', qhd)).lastDay).toBe('2026-09-18');
    expect(value(carePlanLastDay('notSevere', '2026-10-03', '2026-11-01', qhd)).lastDay).toBe('2026-10-03');
    expect(value(carePlanLastDay('other', null, '2026-11-01', qhd)).lastDay).toBe('2026-11-01');
  });
});

describe('family care and the catalogue in a plan (Tumxuk §5(二); Qinhuangdao art. 30)', () => {
  const plan = { careMode: 'family', items: [{ code: 'H01', timesPerMonth: 8 }], startDate: '2026-10-01', familyCarer: '张某（女儿）' };
  const catalogue = new Set(['H01']);
  const codes = (d: Record<string, unknown>, ctx: Record<string, unknown>) =>
    carePlanIssues({ ...plan, ...d }, { catalogue, ...ctx }).map((i) => `${i.path} ${i.code}`);

  it('Tumxuk §5(二): family care only in a border or remote regiment; Qinhuangdao has none', () => {
    expect(codes({}, { familyCare: { citation: 'Tumxuk §5(二)' }, remoteArea: true })).toEqual([]);
    expect(codes({}, { familyCare: { citation: 'Tumxuk §5(二)' }, remoteArea: false })).toEqual(['careMode FAMILY_CARE_REMOTE_ONLY']);
    expect(codes({}, { familyCare: null })).toEqual(['careMode FAMILY_CARE_NOT_IN_REGION']);
    expect(codes({ familyCarer: ' ' }, { familyCare: { citation: 'Tumxuk §5(二)' }, remoteArea: true })).toEqual(['familyCarer REQUIRED']);
  });

  it('Qinhuangdao art. 30: only codes of the catalogue in force; a grade that is not severe does not qualify (art. 28)', () => {
    expect(
      codes(
        {
          careMode: 'home',
          items: [
            { code: 'H01', timesPerMonth: 8 },
            { code: 'H02', timesPerMonth: 8 },
          ],
        },
        {},
      ),
    ).toEqual(['items NOT_IN_CATALOGUE']);
    expect(codes({ careMode: 'home', grade: 2, conclusionOn: '2026-09-01' }, { qualifyingGrades: [3, 4, 5] })).toEqual([
      'grade GRADE_NOT_QUALIFYING',
    ]);
  });
});
