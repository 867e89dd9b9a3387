import { INFO_CHANGE_KIND_LABELS } from '@ltci/shared';
import { enumChoices } from '../domain';

export const infoChangeKindChoices = enumChoices(Object.keys(INFO_CHANGE_KIND_LABELS), 'enums.InfoChangeKind');

export interface InfoChangeRecord {
  id: string;
  institutionId: string;
  regionId: string;
  approvalDate: string;
  changes: string[];
  appliedOn: string | null;
  dueOn: string | null;
  late: boolean | null;
  trace: never[] | null;
  qualifiesAfter: boolean | null;
  conclusion: string | null;
  concludedOn: string | null;
  agreementId: string | null;
}
