/**
 * Scorecard templates are plain JSON-serialisable data (no functions, no Decimal): a region
 * adopts one per year, can store its own copy and the dashboard can show it. Points are
 * exact decimal strings ("2.5"); counts are whole numbers.
 */

/** Points as an exact decimal string, e.g. "2.5". */
export type ScorecardPoints = string;

/** How many points one recorded event is worth. */
export type ScorecardEventPoints =
  /** Fixed points per event ("每次扣2分", "每例扣1分"). */
  | { per: 'event'; points: ScorecardPoints }
  /** Points per full `unitSize` units the event carries ("每增加50单得1分": unitSize 50). */
  | { per: 'unit'; points: ScorecardPoints; unitSize: number; unitLabel: string }
  /** Points decided by the assessment team under the agency's plan; the event carries them. */
  | { per: 'assessed'; maxPerEvent?: ScorecardPoints };

export interface ScorecardEventType {
  id: string;
  title: string;
  citation: string;
  points: ScorecardEventPoints;
  /** Most points this type can cost or earn in total (e.g. "扣5分" without "每次": once). */
  cap?: ScorecardPoints;
  /** Event flags that must be true for the event to count (e.g. `institutionAtFault`, `verified`). */
  requires?: string[];
  /** A scoring condition (input `conditions`) that must hold for events of this type to count. */
  onlyWhen?: string;
  /** The event only counts when reported later than this many days after it occurred. */
  deadline?: { days: number; dayKind: 'calendar' };
}

/** Rules that compute points from facts rather than from recorded events. */
export type ScorecardComputedRule =
  | {
      kind: 'rateAboveAverage';
      id: string;
      title: string;
      citation: string;
      /** Fact holding `{ subjectId, records: [{ id, count, base }] }` for every institution. */
      fact: string;
      pointsPerFullPercentagePoint: ScorecardPoints;
      /** Interpretation `average`: mean of the institutions' rates, or pooled Σcount / Σbase. */
      average: 'meanOfInstitutionRates' | 'pooledRate';
      cap?: ScorecardPoints;
    }
  | {
      kind: 'bands';
      id: string;
      title: string;
      citation: string;
      /** Fact holding a rate in [0, 1] as a decimal string. */
      fact: string;
      /** Bands [atLeast, below); the first band that matches applies. */
      bands: { atLeast?: string; below?: string; points: ScorecardPoints }[];
      /** Interpretation `upperBound`: whether `below` excludes its own value (90% costs nothing). */
      upperBound: 'exclusive' | 'inclusive';
    }
  | {
      kind: 'countTiers';
      id: string;
      title: string;
      citation: string;
      /** Fact holding a whole number. */
      fact: string;
      /** Highest tier first; the first tier the count reaches applies. */
      tiers: { atLeast: number; points: ScorecardPoints }[];
    }
  | {
      kind: 'shortfall';
      id: string;
      title: string;
      citation: string;
      fact: string;
      required: number;
      pointsPerMissing: ScorecardPoints;
      cap?: ScorecardPoints;
    }
  | { kind: 'flag'; id: string; title: string; citation: string; fact: string; points: ScorecardPoints }
  | {
      kind: 'stepsAbove';
      id: string;
      title: string;
      citation: string;
      fact: string;
      minimum: number;
      step: number;
      pointsPerStep: ScorecardPoints;
      cap?: ScorecardPoints;
      /** Interpretation `stepCounting`: 50 → 0, 60 → 1 (`stepsAboveMinimum`) or 50 → 1, 60 → 2. */
      stepCounting: 'stepsAboveMinimum' | 'minimumIsFirstStep';
    }
  | {
      kind: 'choice';
      id: string;
      title: string;
      citation: string;
      fact: string;
      options: Record<string, ScorecardPoints>;
    }
  | {
      kind: 'perCount';
      id: string;
      title: string;
      citation: string;
      fact: string;
      pointsEach: ScorecardPoints;
      cap?: ScorecardPoints;
    }
  | {
      kind: 'allAtLeast';
      id: string;
      title: string;
      citation: string;
      /** Fact name → minimum count; points only when every minimum is met. */
      minimums: Record<string, number>;
      points: ScorecardPoints;
    }
  | {
      kind: 'ratioAtLeast';
      id: string;
      title: string;
      citation: string;
      numerator: string;
      denominator: string;
      atLeast: string;
      points: ScorecardPoints;
    }
  | {
      kind: 'proportional';
      id: string;
      title: string;
      citation: string;
      /** Fact holding a rate in [0, 1]. */
      fact: string;
      /** `rate`: points × rate; `shortfall`: points × (1 − rate). */
      of: 'rate' | 'shortfall';
      points: ScorecardPoints;
    };

export type ScorecardComputedKind = ScorecardComputedRule['kind'];

export interface ScorecardCategory {
  id: string;
  title: string;
  citation: string;
  /** `deduction`: starts at `max` and loses points; `award`: starts at 0 and gains points. */
  kind: 'deduction' | 'award';
  /** Changzhou: daily or annual assessment; bonus categories are `bonus`. Informative. */
  period?: 'daily' | 'annual' | 'bonus';
  max: ScorecardPoints;
  eventTypes: ScorecardEventType[];
  computed: ScorecardComputedRule[];
}

export type ScorecardVetoEffect = { kind: 'deduct'; points: ScorecardPoints; cap?: ScorecardPoints } | { kind: 'zeroTotal' };

/** Applied after the categories (Changzhou items 14–18). */
export interface ScorecardVetoItem {
  id: string;
  title: string;
  citation: string;
  effect: ScorecardVetoEffect;
}

/** One pass/fail line of a basic part; any failing line fails the whole review. */
export interface ScorecardBasicLine {
  id: string;
  title: string;
  citation: string;
  note?: string;
}

export interface ScorecardInterpretations {
  /** A deduction category never goes below 0 (`zero`), or may (`none`). */
  categoryFloor: 'zero' | 'none';
  /** An award category never goes above its maximum (`max`), or may (`none`). */
  categoryCeiling: 'max' | 'none';
  /** The total after vetoes never goes below 0 (`zero`), or may (`none`). */
  totalFloor: 'zero' | 'none';
}

export interface ScorecardTemplate {
  id: string;
  title: string;
  /** Citation prefix of the document, e.g. "Changzhou". */
  source: string;
  year: number;
  /** Sum of the category maxima, e.g. "100". */
  total: ScorecardPoints;
  basicLines: ScorecardBasicLine[];
  categories: ScorecardCategory[];
  vetoes: ScorecardVetoItem[];
  interpretations: ScorecardInterpretations;
  /** Where each interpretation comes from, shown in the trace beside it. */
  interpretationNotes?: Partial<Record<keyof ScorecardInterpretations, string>>;
}

/** A rate record of one institution, e.g. returned orders (count) out of submitted (base). */
export interface ScorecardRateRecord {
  id: string;
  count: number;
  base: number;
}

export interface ScorecardRateRecords {
  subjectId: string;
  records: ScorecardRateRecord[];
}

export type ScorecardFactValue = number | boolean | string | ScorecardRateRecords;

/** One recorded event (one occurrence) of an event type or veto item. */
export interface ScorecardEvent {
  type: string;
  /** Units for `per: 'unit'` types (e.g. 120 extra orders). */
  units?: number;
  /** Points for `per: 'assessed'` types, decimal string. */
  points?: string;
  /** Facts the event type `requires`, e.g. `{ verified: true }`. */
  flags?: Record<string, boolean>;
  /** For types with a deadline: when the event happened and when it was reported. */
  occurredOn?: string;
  reportedOn?: string;
  note?: string;
}

export interface ScorecardInput {
  subjectId?: string;
  events: ScorecardEvent[];
  facts: Record<string, ScorecardFactValue>;
  conditions?: Record<string, boolean>;
  /** Pass/fail per basic line id. */
  basic?: Record<string, boolean>;
  /** Date the assessment looks from, for unreported events with a deadline. */
  asOf?: string;
}

/** Scores are decimal strings with exactly 2 decimals ("97.50"). */
export type ScorecardScore = string;

export interface ScorecardEventEffect {
  index: number;
  type: string;
  /** Category id, or `veto`. */
  category: string;
  /** Points the event added (+) or removed (−) before caps and clamps; 0 when not counted. */
  points: ScorecardScore;
  counted: boolean;
  reason?: string;
}

export interface ScorecardCategoryScore {
  id: string;
  title: string;
  kind: 'deduction' | 'award';
  max: ScorecardScore;
  /** Points deducted (deduction) or earned (award) after type caps, before the category clamp. */
  points: ScorecardScore;
  score: ScorecardScore;
  clamped: 'floor' | 'ceiling' | null;
}

export interface ScorecardResult {
  templateId: string;
  subjectId?: string;
  basic: { passed: boolean; lines: { id: string; passed: boolean }[] } | null;
  categories: ScorecardCategoryScore[];
  /** Sum of the category scores, before vetoes. */
  subtotal: ScorecardScore;
  vetoDeduction: ScorecardScore;
  zeroed: boolean;
  total: ScorecardScore;
  /** Whether the review passed: basic part passed (true when the template has none). */
  passed: boolean;
  events: ScorecardEventEffect[];
}
