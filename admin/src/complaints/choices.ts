import { COMPLAINT_CHANNELS, COMPLAINT_KINDS, COMPLAINT_STATES } from '@ltci/shared';
import { enumChoices } from '../domain';

export const complaintStateChoices = enumChoices(COMPLAINT_STATES, 'workflow.complaint.states');
export const complaintChannelChoices = enumChoices(COMPLAINT_CHANNELS, 'enums.ComplaintChannel');
export const complaintKindChoices = enumChoices(COMPLAINT_KINDS, 'enums.ComplaintKind');
