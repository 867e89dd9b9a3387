import { COMPLAINT_WORKFLOW } from '@ltci/shared';
import { Alert, Divider } from '@mui/material';
import {
  EditButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AttachmentsPanel } from '../attachments';
import { WorkflowActions, type WorkflowMutation, type WorkflowRecord, WorkflowTimeline } from '../workflow';
import { complaintChannelChoices, complaintKindChoices, complaintStateChoices } from './choices';

type ComplaintRecord = WorkflowRecord & { scorecardEventId: string | null };

const MUTATION: WorkflowMutation = { name: 'transitionComplaint', actionType: 'ComplaintAction' };

const Actions = () => {
  const record = useRecordContext<ComplaintRecord>();
  return <TopToolbar>{record && (record.state === 'received' || record.state === 'investigating') ? <EditButton /> : null}</TopToolbar>;
};

const Workflow = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  return (
    <>
      {record?.scorecardEventId ? (
        <Alert severity="warning" data-testid="complaint-scorecard-event">
          {translate('app.complaints.became_event')}
        </Alert>
      ) : null}
      <WorkflowActions<ComplaintRecord> table={COMPLAINT_WORKFLOW} mutation={MUTATION} record={record} testId="complaint-actions" />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={COMPLAINT_WORKFLOW} record={record} testId="complaint-timeline" />
    </>
  );
};

export const ComplaintShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <ReferenceField source="institutionId" reference="Institution" />
      <SelectField source="state" choices={complaintStateChoices} />
      <SelectField source="channel" choices={complaintChannelChoices} />
      <SelectField source="kind" choices={complaintKindChoices} />
      <TextField source="receivedOn" />
      <TextField source="complainant" />
      <TextField source="content" />
      <TextField source="investigation" emptyText="—" />
      <TextField source="result" emptyText="—" />
      <Divider />
      <Workflow />
      <Divider />
      <AttachmentsPanel ownerType="Complaint" defaultCategory="evidence" />
    </SimpleShowLayout>
  </Show>
);
