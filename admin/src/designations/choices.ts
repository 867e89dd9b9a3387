import { DESIGNATION_STATES, FINDING_KINDS, PANEL_FIELDS } from '@ltci/shared';
import { enumChoices } from '../domain';

export const designationStateChoices = enumChoices(DESIGNATION_STATES, 'workflow.designationApplication.states');
export const panelFieldChoices = enumChoices(PANEL_FIELDS, 'enums.PanelField');
export const findingKindChoices = enumChoices(FINDING_KINDS, 'enums.FindingKind');
export const MATERIALS = ['licence', 'representativeIdAndPledge', 'staffRoster', 'premisesProof', 'internalRules', 'itSystem'] as const;
export const materialChoices = enumChoices(MATERIALS, 'enums.DesignationMaterial');

export interface DesignationRecord {
  id: string;
  regionId: string;
  institutionId: string;
  state: string;
  version: number;
  preparedBy: string;
  round: string;
  applicationDate: string;
  annex1: Record<string, string | null>;
  materials: string[];
  missingNotice: string[] | null;
  acceptedOn: string | null;
  pausedSince: string | null;
  reviewEntries: Record<string, unknown>;
  reviewTotal: string | null;
  reviewBasicPassed: boolean | null;
  reviewTrace: { rule: string; citation: string }[] | null;
  panel: { name: string; field: string; unit?: string | null }[];
  siteVisit: { date: string; inspectors: string; findings: string } | null;
  panelDecision: string | null;
  publicityStart: string | null;
  publicityEnd: string | null;
  decisionReason: string | null;
  decidedOn: string | null;
  agreementId: string | null;
  reviewClock: { due: string; remainingDays: number; pausedDays: number; paused: boolean; trace: never[] } | null;
  history: unknown[];
  allowedActions: unknown[];
}
