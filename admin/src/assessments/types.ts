import type { WorkflowRecord } from '../workflow';

export interface DeadlineRow {
  key: string;
  label: string;
  type: string;
  citation: string;
  from: string;
  due: string;
  completedOn: string | null;
  status: string;
  severity: string;
}
export interface DrawCandidateRow {
  id: string;
  name: string | null;
  isExpert: boolean;
  eligible: boolean;
  drawn: boolean;
  exclusions: { reason: string; citation: string }[];
}
export interface TraceRow {
  rule: string;
  citation: string;
  inputs: Record<string, unknown>;
  output: unknown;
}

/** An assessment application as the page reads it (server/schema.graphql, `AssessmentApplication`). */
export interface ApplicationRecord extends WorkflowRecord {
  regionId: string;
  claimantId: string;
  kind: string;
  appliedOn: string;
  institutionId: string | null;
  acceptedOn: string | null;
  concludedOn: string | null;
  recordedGrade: number | null;
  computedGrade: number | null;
  gradeTrace: TraceRow[] | null;
  onsiteScores: Record<string, Record<string, number>> | null;
  onsiteOn: string | null;
  guardianPresent: boolean;
  presentPerson: string | null;
  onsiteNotes: string | null;
  confirmingExpertIds: string[];
  drawnIds: string[];
  objectionBy: string | null;
  objectionEvidence: string | null;
  objectionPending: boolean;
  letterIssuedOn: string | null;
  letterReceivedOn: string | null;
  deadlines?: { deadlines: DeadlineRow[]; issues: { deadline: string; code: string; message: string }[] };
  draw?: { seed: number; drawnAt: string | null; candidates: DrawCandidateRow[]; warnings: string[]; trace: TraceRow[] } | null;
  fees?: {
    id: string;
    payer: string;
    amount: string;
    month: string;
    assessmentInstitutionId: string;
    settlementId: string | null;
    trace: TraceRow[];
  }[];
}
