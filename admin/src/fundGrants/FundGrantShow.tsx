import { FUND_GRANT_WORKFLOW } from '@ltci/shared';
import { Alert, Divider } from '@mui/material';
import { NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { AttachmentsPanel } from '../attachments';
import { WorkflowActions, type WorkflowMutation, type WorkflowRecord, WorkflowTimeline } from '../workflow';
import { grantKindChoices, grantStateChoices } from './choices';

type GrantRecord = WorkflowRecord & { documents: number; postingId: string | null; reversedBy: string | null };

const MUTATION: WorkflowMutation = { name: 'transitionFundGrant', actionType: 'FundGrantAction' };

const Workflow = () => {
  const record = useRecordContext<GrantRecord>();
  const translate = useTranslate();
  return (
    <>
      {record?.reversedBy ? (
        <Alert severity="warning" data-testid="grant-reversed">
          {translate('app.fundGrants.reversed')}
        </Alert>
      ) : null}
      {record?.state === 'proposed' && !record.documents ? (
        <Alert severity="info" data-testid="grant-document-missing">
          {translate('app.fundGrants.attach_first')}
        </Alert>
      ) : null}
      <WorkflowActions<GrantRecord> table={FUND_GRANT_WORKFLOW} mutation={MUTATION} record={record} testId="grant-actions" />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={FUND_GRANT_WORKFLOW} record={record} testId="grant-timeline" />
    </>
  );
};

export const FundGrantShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="regionId" reference="Region" link={false} />
      <SelectField source="kind" choices={grantKindChoices} />
      <SelectField source="state" choices={grantStateChoices} />
      <TextField source="date" />
      <NumberField source="amount" options={{ minimumFractionDigits: 2 }} />
      <TextField source="source" />
      <TextField source="documentRef" />
      <ReferenceField source="accountId" reference="FundAccount" link={false} />
      <TextField source="memo" emptyText="—" />
      <TextField source="postingId" emptyText="—" />
      <Divider />
      <Workflow />
      <Divider />
      <AttachmentsPanel ownerType="FundGrant" defaultCategory="grant_document" uploadAllowed />
    </SimpleShowLayout>
  </Show>
);
