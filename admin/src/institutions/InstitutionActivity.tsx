import { INSTITUTION_ACTIVITY_WORKFLOW } from '@ltci/shared';
import { Alert, Box, Chip, Divider } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { WorkflowActions, type WorkflowMutation, type WorkflowRecord, WorkflowTimeline } from '../workflow';

type InstitutionRecord = WorkflowRecord & { name: string };

const MUTATION: WorkflowMutation = { name: 'transitionInstitution', actionType: 'InstitutionAction' };

/**
 * The institution's activity: its state, the deactivate / reactivate actions the server offers
 * (a blocked one says why), each asking a reason, and every step taken, who, when and why — the
 * workflow kit's pieces on the institutionActivity table. An institution is never deleted (issue 8, defect 3).
 */
export const InstitutionActivity = (_props: { label?: string }) => {
  const record = useRecordContext<InstitutionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  // only the step this state leads to (deactivate or reactivate), not the one it cannot take
  const shown = {
    ...record,
    allowedActions: (record.allowedActions ?? []).filter((a) => a.enabled || !a.blockedBy.includes('TRANSITION_NOT_ALLOWED')),
  };
  return (
    <Box data-testid="institution-activity" sx={{ width: '100%' }}>
      <Chip
        data-testid="institution-state"
        color={record.state === 'inactive' ? 'default' : 'success'}
        label={translate(`workflow.institutionActivity.states.${record.state}`, { _: record.state })}
        sx={{ mb: 1 }}
      />
      {record.state === 'inactive' ? (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="inactive-banner">
          {translate('app.institutions.inactive_banner')}
        </Alert>
      ) : null}
      <WorkflowActions<InstitutionRecord>
        table={INSTITUTION_ACTIVITY_WORKFLOW}
        mutation={MUTATION}
        record={shown}
        title={(r) => r.name}
        testId="institution-actions"
      />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={INSTITUTION_ACTIVITY_WORKFLOW} record={record} testId="institution-history" />
    </Box>
  );
};
