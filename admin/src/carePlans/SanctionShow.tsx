import { SANCTION_WORKFLOW } from '@ltci/shared';
import { Divider, TextField as MuiTextField } from '@mui/material';
import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { type ActionInputProps, WorkflowActions, type WorkflowMutation, WorkflowTimeline } from '../workflow';
import { type SanctionRecord, sanctionKindChoices, sanctionStateChoices } from './choices';

const MUTATION: WorkflowMutation = { name: 'transitionClaimantSanction', actionType: 'SanctionAction', takesInput: true };

/** The new application's date (Qinhuangdao art. 71: made after the period ends). */
const ReinstateInput = ({ value, onChange, errors }: ActionInputProps<SanctionRecord>) => {
  const translate = useTranslate();
  return (
    <MuiTextField
      type="date"
      label={translate('app.sanctions.applied_on')}
      value={typeof value.appliedOn === 'string' ? value.appliedOn : ''}
      onChange={(e) => onChange({ ...value, appliedOn: e.target.value || undefined })}
      error={!!errors.appliedOn}
      helperText={errors.appliedOn ?? translate('app.sanctions.applied_on_help')}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
};

export const SanctionWorkflow = ({ record }: { record?: SanctionRecord }) => {
  const context = useRecordContext<SanctionRecord>();
  const r = record ?? context;
  return (
    <>
      <WorkflowActions<SanctionRecord>
        table={SANCTION_WORKFLOW}
        mutation={MUTATION}
        record={r}
        inputForms={{ reinstate: ReinstateInput }}
        testId="sanction-actions"
      />
      <WorkflowTimeline table={SANCTION_WORKFLOW} record={r} testId="sanction-timeline" />
    </>
  );
};

/** A suspension or revocation of a claimant's benefits (Qinhuangdao art. 69, 71). */
export const SanctionShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="claimantId" reference="Claimant" />
      <SelectField source="state" choices={sanctionStateChoices} />
      <SelectField source="kind" choices={sanctionKindChoices} />
      <TextField source="startsOn" />
      <TextField source="endsOn" />
      <TextField source="reason" />
      <TextField source="reinstatedOn" emptyText="—" />
      <Divider />
      <SanctionWorkflow />
    </SimpleShowLayout>
  </Show>
);
