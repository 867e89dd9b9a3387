import { RECTIFICATION_WORKFLOW } from '@ltci/shared';
import { Divider } from '@mui/material';
import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { WorkflowActions, type WorkflowMutation, type WorkflowRecord, WorkflowTimeline } from '../workflow';
import { rectificationStateChoices } from './choices';

const MUTATION: WorkflowMutation = { name: 'transitionRectification', actionType: 'RectificationAction' };

const Workflow = () => {
  const record = useRecordContext<WorkflowRecord>();
  return (
    <>
      <WorkflowActions table={RECTIFICATION_WORKFLOW} mutation={MUTATION} record={record} testId="rectification-actions" />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={RECTIFICATION_WORKFLOW} record={record} testId="rectification-timeline" />
    </>
  );
};

export const RectificationShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="institutionId" reference="Institution" />
      <SelectField source="state" choices={rectificationStateChoices} />
      <TextField source="orderedOn" />
      <TextField source="dueOn" />
      <TextField source="requirement" />
      <Divider />
      <Workflow />
    </SimpleShowLayout>
  </Show>
);
