import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, isMoney } from '../core/money.js';
import { tpaFee } from './fee.js';
import { scoreTpa } from './score.js';

const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => new D(c).dividedBy(100).toFixed(2));
const score = fc.integer({ min: 0, max: 10000 }).map((c) => new D(c).dividedBy(100).toFixed(2));

describe('TPA properties', () => {
  it('Tianjin art. 18–19: money always has 2 decimals; fee ≥ 0; fee − unrecovered = scheduled − losses', () => {
    fc.assert(
      fc.property(
        cents(500_000_000),
        score,
        fc.array(cents(10_000_000), { maxLength: 5 }),
        fc.integer({ min: 0, max: 1000 }),
        (contractFee, s, losses, rate) => {
          const r = tpaFee({
            contractFee,
            score: s,
            schedule: [
              { minScore: '0', payRate: new D(rate).dividedBy(1000).toString() },
              { minScore: '90', payRate: '1' },
            ],
            fundLosses: losses.map((amount) => ({ description: 'loss', amount })),
            poorResultBelow: '60',
            severeBreach: false,
          });
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          const v = r.value;
          for (const m of [v.scheduledFee, v.fundLosses, v.fee, v.unrecoveredLoss]) expect(m).toMatch(/^\d+\.\d{2}$/);
          expect(isMoney(v.fee)).toBe(true);
          expect(new D(v.fee).minus(v.unrecoveredLoss).toFixed(2)).toBe(new D(v.scheduledFee).minus(v.fundLosses).toFixed(2));
        },
      ),
    );
  });

  it('Tianjin art. 14: total = w₁·head + w₂·mean(districts) + w₃·city, rounded half-up to 2 decimals, within [0, 100]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        score,
        fc.array(score, { minLength: 1, maxLength: 6 }),
        score,
        (a, b, head, districts, city) => {
          const [w1, w2] = [Math.min(a, b), Math.max(a, b)];
          const weights = {
            headOffice: new D(w1).dividedBy(100).toString(),
            districtSubCentres: new D(w2 - w1).dividedBy(100).toString(),
            cityCentre: new D(100 - w2).dividedBy(100).toString(),
          };
          const r = scoreTpa({
            tpaId: 'T',
            year: 2024,
            weights,
            headOffice: { unitId: 'H', score: head },
            districtSubCentres: districts.map((s, i) => ({ unitId: `D${i}`, score: s })),
            cityCentre: { unitId: 'C', score: city },
          });
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          const mean = new D(
            districts
              .reduce((acc, s) => acc.plus(s), new D(0))
              .dividedBy(districts.length)
              .toFixed(2, D.ROUND_HALF_UP),
          );
          const expected = new D(weights.headOffice)
            .times(head)
            .plus(new D(weights.districtSubCentres).times(mean))
            .plus(new D(weights.cityCentre).times(city));
          expect(r.value.total).toBe(expected.toFixed(2, D.ROUND_HALF_UP));
          expect(new D(r.value.total).greaterThanOrEqualTo(0) && new D(r.value.total).lessThanOrEqualTo(100)).toBe(true);
        },
      ),
    );
  });
});
