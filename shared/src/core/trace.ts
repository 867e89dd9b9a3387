/**
 * Every public policy function explains itself: the ordered rules it applied, each with the
 * article it comes from, what it read and what it produced. The dashboard shows this list
 * beside the figure.
 */
export interface TraceStep {
  /** Stable machine name of the rule, e.g. `benefits.institutionShare`. */
  rule: string;
  /** Article citation, e.g. `Qinhuangdao art. 31(1)1`, or `Product rule: …`. */
  citation: string;
  /** The values the rule read (JSON-serialisable: money and dates as strings). */
  inputs: Record<string, unknown>;
  /** What it produced. */
  output: unknown;
  /** A named interpretation the rule used, when the document is ambiguous. */
  interpretation?: string;
  /** Free text for the reader, in Chinese or English. */
  note?: string;
}

export type Trace = TraceStep[];

/** Collects trace steps while a calculation runs. */
export class Tracer {
  readonly steps: TraceStep[] = [];

  step<T>(
    rule: string,
    citation: string,
    inputs: Record<string, unknown>,
    output: T,
    extra?: Pick<TraceStep, 'interpretation' | 'note'>,
  ): T {
    this.steps.push({ rule, citation, inputs, output, ...extra });
    return output;
  }

  /** Append the trace of a sub-calculation. */
  include(trace: Trace): void {
    this.steps.push(...trace);
  }
}
