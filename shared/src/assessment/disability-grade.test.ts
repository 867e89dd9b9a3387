import { describe, expect, it } from 'vitest';
import { type DisabilityItemScores, disabilityGrade } from './disability-grade.js';
import { type AdlItem, type DimensionLevel, qinhuangdaoAssessmentParams as qhd, tumxukAssessmentParams as tmk } from './params.js';

const ADL_MAX: Record<AdlItem, number> = {
  eating: 10,
  dressing: 10,
  faceAndMouth: 5,
  bowel: 10,
  bladder: 10,
  toilet: 10,
  levelWalking: 15,
  bedChairTransfer: 15,
  stairs: 10,
  bathing: 5,
};

/** ADL sheet with the given total: start from every item at its maximum (100) and take 5 off items in order. */
function adl(total: number): Record<AdlItem, number> {
  const items = { ...ADL_MAX };
  let toRemove = 100 - total;
  for (const key of Object.keys(items) as AdlItem[]) {
    while (toRemove > 0 && items[key] > 0) {
      items[key] -= 5;
      toRemove -= 5;
    }
  }
  return items;
}

/** Spread a total over n items of 0–4, filling the first items first. */
function spread(total: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.max(0, Math.min(4, total - 4 * i)));
}

function sheet(adlTotal: number, cognitionTotal: number, perceptionTotal: number): DisabilityItemScores {
  const [t, p, pl, m] = spread(cognitionTotal, 4);
  const [v, h, c] = spread(perceptionTotal, 3);
  return {
    adl: adl(adlTotal),
    cognition: { timeOrientation: t, personOrientation: p, placeOrientation: pl, memory: m },
    perception: { vision: v, hearing: h, communication: c },
  };
}

// Representative totals per level (National standard bands): ADL 100 / 80 / 50 / 20;
// cognition 16 / 10 / 3 / 1 (perception kept intact at 12 so cognition is the worse).
const ADL_TOTAL: Record<DimensionLevel, number> = { intact: 100, mild: 80, moderate: 50, severe: 20 };
const COG_TOTAL: Record<DimensionLevel, number> = { intact: 16, mild: 10, moderate: 3, severe: 1 };

describe('National standard 医保办发〔2021〕37号: grade matrix', () => {
  it.each([
    ['intact', 'intact', 0, '基本正常'],
    ['intact', 'mild', 0, '基本正常'],
    ['intact', 'moderate', 1, '轻度失能'],
    ['intact', 'severe', 1, '轻度失能'],
    ['mild', 'intact', 1, '轻度失能'],
    ['mild', 'mild', 1, '轻度失能'],
    ['mild', 'moderate', 1, '轻度失能'],
    ['mild', 'severe', 2, '中度失能'],
    ['moderate', 'intact', 2, '中度失能'],
    ['moderate', 'mild', 2, '中度失能'],
    ['moderate', 'moderate', 2, '中度失能'],
    ['moderate', 'severe', 3, '重度失能一级'],
    ['severe', 'intact', 3, '重度失能一级'],
    ['severe', 'mild', 3, '重度失能一级'],
    ['severe', 'moderate', 4, '重度失能二级'],
    ['severe', 'severe', 5, '重度失能三级'],
  ] as const)('National standard 医保办发〔2021〕37号 matrix: ADL %s × other %s → grade %i %s', (adlLevel, other, grade, label) => {
    const r = disabilityGrade(sheet(ADL_TOTAL[adlLevel], COG_TOTAL[other], 12), qhd);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.levels.adl).toBe(adlLevel);
    expect(r.value.worseOfCognitionAndPerception).toBe(other);
    expect(r.value.grade).toBe(grade);
    expect(r.value.label).toBe(label);
    // Qinhuangdao art. 28: only severe (3–5) qualifies at launch
    expect(r.value.qualifies).toBe(grade >= 3);
  });
});

describe('National standard 医保办发〔2021〕37号: band boundaries', () => {
  it.each([
    ['adl', 100, 'intact'],
    ['adl', 95, 'mild'],
    ['adl', 65, 'mild'],
    ['adl', 60, 'moderate'],
    ['adl', 45, 'moderate'],
    ['adl', 40, 'severe'],
    ['adl', 0, 'severe'],
    ['cognition', 16, 'intact'],
    ['cognition', 15, 'mild'],
    ['cognition', 4, 'mild'],
    ['cognition', 3, 'moderate'],
    ['cognition', 2, 'moderate'],
    ['cognition', 1, 'severe'],
    ['cognition', 0, 'severe'],
    ['perception', 12, 'intact'],
    ['perception', 11, 'mild'],
    ['perception', 4, 'mild'],
    ['perception', 3, 'moderate'],
    ['perception', 2, 'moderate'],
    ['perception', 1, 'severe'],
  ] as const)('National standard 医保办发〔2021〕37号 bands: %s total %i → %s', (dimension, total, level) => {
    const s = dimension === 'adl' ? sheet(total, 16, 12) : dimension === 'cognition' ? sheet(100, total, 12) : sheet(100, 16, total);
    const r = disabilityGrade(s, qhd);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.totals[dimension]).toBe(total);
    expect(r.value.levels[dimension]).toBe(level);
  });

  it('National standard 医保办发〔2021〕37号: the worse of cognition and perception is taken (cognition mild 10, perception severe 1, ADL severe 30 → matrix[severe][severe] = 5)', () => {
    const r = disabilityGrade(sheet(30, 10, 1), qhd);
    expect(r.ok && r.value).toMatchObject({ worseOfCognitionAndPerception: 'severe', grade: 5, label: '重度失能三级', qualifies: true });
  });

  it('Tumxuk §5(一): severe grade 3 qualifies with the Tumxuk pack too (ADL 20, cognition 16, perception 12 → 3)', () => {
    const r = disabilityGrade(sheet(20, 16, 12), tmk);
    expect(r.ok && r.value.grade).toBe(3);
    expect(r.ok && r.trace.at(-1)?.citation).toBe('Tumxuk §5(一)');
  });

  it('National standard 医保办发〔2021〕37号: the trace names each level, the matrix cell and the qualifying rule', () => {
    const r = disabilityGrade(sheet(50, 3, 12), qhd);
    expect(r.ok && r.trace.map((s) => s.rule)).toEqual([
      'assessment.adlLevel',
      'assessment.cognitionLevel',
      'assessment.perceptionLevel',
      'assessment.worseOfCognitionAndPerception',
      'assessment.gradeMatrix',
      'assessment.qualifyingGrade',
    ]);
    expect(r.ok && r.trace[4].output).toBe(2);
  });
});

describe('National standard 医保办发〔2021〕37号: item values are rejected, not clamped', () => {
  it('every bad item is listed at once', () => {
    const s = sheet(100, 16, 12);
    const bad = {
      adl: { ...s.adl, eating: 7, faceAndMouth: 10, levelWalking: 20, extra: 5 },
      cognition: { ...s.cognition, memory: 5, timeOrientation: 1.5 },
      perception: { vision: -1, hearing: 4 },
    } as unknown as DisabilityItemScores;
    const r = disabilityGrade(bad, qhd);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'adl.extra:NOT_ALLOWED',
      'adl.eating:NOT_ALLOWED', // 7 is within 0–10 but not 0/5/10
      'adl.faceAndMouth:OUT_OF_RANGE', // 0/5 only
      'adl.levelWalking:OUT_OF_RANGE', // max 15
      'cognition.timeOrientation:NOT_ALLOWED',
      'cognition.memory:OUT_OF_RANGE',
      'perception.vision:OUT_OF_RANGE',
      'perception.communication:REQUIRED',
    ]);
  });

  it('a missing dimension and a non-number are reported', () => {
    const r = disabilityGrade({ adl: { ...adl(100), stairs: '10' } } as unknown as DisabilityItemScores, qhd);
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'adl.stairs:OUT_OF_RANGE',
      'cognition:REQUIRED',
      'perception:REQUIRED',
    ]);
  });

  it('a band table with a gap is reported as PARAMETER_MISSING, not guessed', () => {
    const params = {
      ...qhd,
      grading: { ...qhd.grading, bands: { ...qhd.grading.bands, adl: qhd.grading.bands.adl.filter((b) => b.level !== 'mild') } },
    };
    const r = disabilityGrade(sheet(80, 16, 12), params);
    expect(!r.ok && r.issues[0]).toMatchObject({ path: 'params.grading.bands.adl', code: 'PARAMETER_MISSING' });
  });
});
