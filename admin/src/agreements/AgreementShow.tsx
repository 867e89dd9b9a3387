import { SERVICE_AGREEMENT_WORKFLOW } from '@ltci/shared';
import PrintIcon from '@mui/icons-material/Print';
import { Divider } from '@mui/material';
import {
  Button,
  EditButton,
  Link,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { AttachmentsPanel } from '../attachments';
import { RecordCalendarWarning } from '../common/CalendarWarning';
import { LocaleDateField } from '../common/LocaleDateField';
import { WorkflowActions, type WorkflowMutation, WorkflowTimeline } from '../workflow';
import { type AgreementRecord, agreementStateChoices, terminationKindChoices } from './choices';
import { ScorecardLinkField } from './ScorecardLinkField';
import { TerminationInput, TerminationStepInput } from './TerminationInput';

const MUTATION: WorkflowMutation = { name: 'transitionServiceAgreement', actionType: 'AgreementAction', takesInput: true };
const INPUT_FORMS = { propose_termination: TerminationInput };

const ShowActions = () => {
  const record = useRecordContext<AgreementRecord>();
  const { canAccess } = useCanAccess({ resource: 'ServiceAgreement', action: 'edit' });
  if (!record) return null;
  return (
    <TopToolbar>
      {record.state === 'draft' && canAccess ? <EditButton /> : null}
      <Button component={Link} to={`/ServiceAgreement/${record.id}/print`} label="app.agreements.print" data-testid="print-agreement">
        <PrintIcon />
      </Button>
    </TopToolbar>
  );
};

export const AgreementShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <RecordCalendarWarning<AgreementRecord> dates={(a) => [a.startDate, a.endDate, a.terminationDate]} />
      <TextField source="number" />
      <ReferenceField source="institutionId" reference="Institution" />
      <ReferenceField source="regionId" reference="Region" link={false} />
      <SelectField source="state" choices={agreementStateChoices} />
      <TextField source="startDate" />
      <TextField source="endDate" />
      <TextField source="assessmentFee" emptyText="—" />
      <SelectField source="terminationKind" choices={terminationKindChoices} emptyText="—" />
      <TextField source="terminationDate" emptyText="—" />
      <TextField source="version" />
      <LocaleDateField source="updatedAt" />
      <ScorecardLinkField label="app.agreements.scorecard_link" />
      <Divider />
      <WorkflowActions<AgreementRecord>
        table={SERVICE_AGREEMENT_WORKFLOW}
        mutation={MUTATION}
        title={(r) => r.number}
        inputForms={INPUT_FORMS}
        testId="agreement-actions"
      />
      <Divider />
      <WorkflowTimeline
        table={SERVICE_AGREEMENT_WORKFLOW}
        renderInput={(step) => <TerminationStepInput step={step} />}
        testId="agreement-timeline"
      />
      <Divider />
      {/* the signed agreement is filed here (category 协议) */}
      <AttachmentsPanel ownerType="ServiceAgreement" defaultCategory="agreement" />
    </SimpleShowLayout>
  </Show>
);
