import { D, type Dec } from '../core/money.js';
import type { Trace } from '../core/trace.js';

/**
 * Assessment quality (Xinjiang art. 26; Qinhuangdao art. 25): per assessment institution or
 * assessor, the grade distribution against the region's, the share of conclusions changed on
 * dispute or spot-check, the days from dispatch to conclusion; outliers flagged for inspection.
 */
export interface QualityUnit {
  id: string;
  /** Conclusions by grade (grade → count). */
  grades: Record<string, number>;
  /** Conclusions reviewed on dispute or spot-check, and those changed. */
  reviewed: number;
  changed: number;
  /** Days from dispatch to conclusion, one per conclusion. */
  days: number[];
  /** Conclusion letters delivered, and those delivered after the 30 working days of Qinhuangdao art. 23 (their late reason recorded). */
  letters?: number;
  lateLetters?: number;
}

export const QUALITY_MIN_CONCLUSIONS = 10;
export const QUALITY_MAX_DISTANCE = '0.2';
export const QUALITY_MAX_CHANGED = '0.1';
export const QUALITY_MAX_DAYS_RATIO = '1.5';
export const QUALITY_MAX_LATE_LETTERS = '0.1';
export const QUALITY_CITATION =
  'Xinjiang art. 26; Qinhuangdao art. 23, 25; Product rule: quality outlier — at least 10 conclusions, and grade distance above 0.2, changed share above 10%, mean days above 1.5 times the region’s or late letters above 10%';

export interface QualityResult {
  id: string;
  conclusions: number;
  /** Total variation distance to the region's distribution: ½ Σ |p − q|. */
  distance: string;
  changedShare: string | null;
  meanDays: string | null;
  /** Share of letters delivered after 30 working days (Qinhuangdao art. 23); null without letters. */
  lateLetterShare: string | null;
  outlier: boolean;
  reasons: ('GRADE_DISTRIBUTION' | 'CHANGED_SHARE' | 'SLOW' | 'LATE_LETTERS')[];
  trace: Trace;
}

const total = (g: Record<string, number>) => Object.values(g).reduce((s, n) => s + n, 0);
const mean = (xs: number[]): Dec | null => (xs.length ? D(xs.reduce((s, x) => s + x, 0)).div(xs.length) : null);

/** Each unit against the region (the sum of all units); a unit with fewer than 10 conclusions is never an outlier. */
export function qualityOutliers(units: readonly QualityUnit[]): QualityResult[] {
  const region: Record<string, number> = {};
  for (const u of units) for (const [g, n] of Object.entries(u.grades)) region[g] = (region[g] ?? 0) + n;
  const regionTotal = total(region);
  const regionDays = mean(units.flatMap((u) => u.days));
  return units.map((u) => {
    const n = total(u.grades);
    const grades = new Set([...Object.keys(region), ...Object.keys(u.grades)]);
    let distance = D(0);
    for (const g of grades) {
      const p = n ? D(u.grades[g] ?? 0).div(n) : D(0);
      const q = regionTotal ? D(region[g] ?? 0).div(regionTotal) : D(0);
      distance = distance.plus(p.minus(q).abs());
    }
    distance = distance.div(2);
    const changedShare = u.reviewed > 0 ? D(u.changed).div(u.reviewed) : null;
    const meanDays = mean(u.days);
    const lateShare = u.letters ? D(u.lateLetters ?? 0).div(u.letters) : null;
    const reasons: QualityResult['reasons'] = [];
    if (n >= QUALITY_MIN_CONCLUSIONS) {
      if (distance.gt(QUALITY_MAX_DISTANCE)) reasons.push('GRADE_DISTRIBUTION');
      if (changedShare?.gt(QUALITY_MAX_CHANGED)) reasons.push('CHANGED_SHARE');
      if (meanDays && regionDays && meanDays.gt(regionDays.mul(QUALITY_MAX_DAYS_RATIO))) reasons.push('SLOW');
      if (lateShare?.gt(QUALITY_MAX_LATE_LETTERS)) reasons.push('LATE_LETTERS');
    }
    const out = {
      distance: distance.toDecimalPlaces(4).toString(),
      changedShare: changedShare?.toDecimalPlaces(4).toString() ?? null,
      meanDays: meanDays?.toDecimalPlaces(2).toString() ?? null,
      lateLetterShare: lateShare?.toDecimalPlaces(4).toString() ?? null,
    };
    return {
      id: u.id,
      conclusions: n,
      ...out,
      outlier: reasons.length > 0,
      reasons,
      trace: [
        {
          rule: 'supervision.assessmentQuality',
          citation: QUALITY_CITATION,
          inputs: {
            conclusions: n,
            grades: u.grades,
            region,
            reviewed: u.reviewed,
            changed: u.changed,
            days: u.days.length,
            letters: u.letters ?? 0,
            lateLetters: u.lateLetters ?? 0,
            regionMeanDays: regionDays?.toDecimalPlaces(2).toString() ?? null,
          },
          output: { ...out, reasons },
        },
      ],
    };
  });
}
