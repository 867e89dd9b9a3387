import { describe, expect, it } from 'vitest';
import { qinhuangdaoInstitutionParams as qhd, tumxukInstitutionParams as tmk } from './params.js';
import { idNumberIssues, maskIdNumber, type SeparationInstitution, separationConflicts } from './related-persons.js';

// 11010519491231002X: the GB 11643-1999 standard's own example; its check character X worked out by hand
// (Σ aᵢ·Wᵢ = 167, 167 mod 11 = 2 → X).
const ID = '11010519491231002X';
const person = (role: 'legalRepresentative' | 'shareholder' | 'actualController', idNumber = ID) => ({ role, name: '张三', idNumber });
const inst = (id: string, kind: 'assessment' | 'care' | 'tpa', persons: SeparationInstitution['persons']): SeparationInstitution => ({
  id,
  name: `机构${id}`,
  kind,
  persons,
});

describe('related persons', () => {
  it('GB 11643-1999: the check character of an ID number', () => {
    expect(idNumberIssues(ID)).toEqual([]);
    expect(idNumberIssues('110105194912310021').map((i) => i.code)).toEqual(['INVALID_RESIDENT_ID']);
    expect(idNumberIssues('').map((i) => i.code)).toEqual(['REQUIRED']);
  });

  it('PIPL art. 51; Product rule: masked, first 3 and last 4 kept', () => {
    expect(maskIdNumber(ID)).toBe('110***********002X');
  });

  it('Qinhuangdao art. 40: assessment and care under one legal representative conflict, naming the other and the article', () => {
    const r = separationConflicts(
      inst('A', 'assessment', [person('legalRepresentative')]),
      [inst('C', 'care', [person('legalRepresentative')])],
      qhd,
    );
    expect(r.ok && r.value.conflicts.map((c) => [c.otherInstitutionId, c.citation])).toEqual([['C', 'Qinhuangdao art. 40']]);
    expect(r.ok && r.value.conflicts[0]?.message).toContain('《秦皇岛市长期护理保险实施细则》第四十条');
    expect(r.ok && r.value.conflicts[0]?.message).toContain('机构C');
  });

  it('Qinhuangdao art. 40: care + TPA allowed; a shared shareholder alone links nothing there', () => {
    const a = separationConflicts(inst('C', 'care', [person('actualController')]), [inst('T', 'tpa', [person('actualController')])], qhd);
    const b = separationConflicts(inst('A', 'assessment', [person('shareholder')]), [inst('C', 'care', [person('shareholder')])], qhd);
    expect([a.ok && a.value.allowed, b.ok && b.value.allowed]).toEqual([true, true]);
  });

  it('Tumxuk §6(一) noTwoOfThree: care + TPA under one controller conflict; Xinjiang art. 12(6): a shareholder of both is enough for assessment + care', () => {
    const a = separationConflicts(inst('C', 'care', [person('actualController')]), [inst('T', 'tpa', [person('actualController')])], tmk);
    expect(a.ok && a.value.conflicts.map((c) => c.citation)).toEqual(['Tumxuk §6(一)']);
    const b = separationConflicts(
      inst('A', 'assessment', [person('shareholder')]),
      [inst('C', 'care', [person('legalRepresentative')])],
      tmk,
    );
    expect(b.ok && b.value.conflicts.map((c) => c.citation)).toEqual(['Xinjiang art. 12(6)']);
    const c = separationConflicts(
      inst('A', 'assessment', [person('legalRepresentative')]),
      [inst('C', 'care', [person('legalRepresentative')])],
      tmk,
    );
    expect(c.ok && c.value.conflicts.map((x) => x.citation)).toEqual(['Tumxuk §6(一)', 'Xinjiang art. 12(6)']);
    expect(c.ok && c.trace[0]?.interpretation).toContain('roleSeparation.sameInstitution');
  });

  it('different people or the same kind never conflict', () => {
    const other = '110105194912310011';
    const r = separationConflicts(
      inst('A', 'assessment', [person('legalRepresentative')]),
      [inst('C', 'care', [person('legalRepresentative', other)]), inst('B', 'assessment', [person('legalRepresentative')])],
      tmk,
    );
    expect(r.ok && r.value.allowed).toBe(true);
  });
});
