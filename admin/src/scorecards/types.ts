import type { TraceStepLike } from '../common/TraceDrawer';
import type { WorkflowRecord } from '../workflow';

export interface CategoryRow {
  id: string;
  title: string;
  kind: 'deduction' | 'award';
  max: string;
  points: string;
  score: string;
}

export interface RecordableTypeRow {
  id: string;
  title: string;
  citation: string;
  kind: 'event' | 'veto' | 'fact';
  category: string;
  categoryTitle: string;
  needsDistrict: boolean;
  countIsUnits: boolean;
  flags: string[];
  hasDeadline: boolean;
}

export interface EventRow {
  id: string;
  type: string;
  occurredOn: string;
  reportedOn: string | null;
  count: number;
  districtId: string | null;
  flags: Record<string, boolean>;
  note: string | null;
  complaintId: string | null;
  recordedByName: string;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
}

export interface ScorecardRecord extends WorkflowRecord {
  institutionId: string;
  regionId: string;
  year: number;
  templateId: string;
  state: string;
  total: string;
  deductionPart: string;
  bonusPart: string;
  vetoDeduction: string;
  categories: CategoryRow[];
  facts: Record<string, unknown>;
  trace: TraceStepLike[];
  events?: EventRow[];
  recordableTypes?: RecordableTypeRow[];
}
