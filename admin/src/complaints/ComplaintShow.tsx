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
import type { HistoryRow } from '../agreements/choices';
import { AttachmentsPanel } from '../attachments';
import { WorkflowActions, type WorkflowRecordLike } from '../workflow/WorkflowActions';
import { WorkflowTimeline } from '../workflow/WorkflowTimeline';
import { complaintChannelChoices, complaintKindChoices, complaintStateChoices } from './choices';

type ComplaintRecord = WorkflowRecordLike & { state: string; scorecardEventId: string | null; history?: HistoryRow[] };

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
      <WorkflowActions workflow="complaint" mutation="transitionComplaint" actionType="ComplaintAction" record={record} />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline workflow="complaint" history={record?.history} />
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
