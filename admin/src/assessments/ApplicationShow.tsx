import { ASSESSMENT_APPLICATION_WORKFLOW } from '@ltci/shared';
import PrintIcon from '@mui/icons-material/Print';
import { Divider } from '@mui/material';
import {
  Button,
  Link,
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
import { RecordCalendarWarning } from '../common/CalendarWarning';
import { WorkflowActions, type WorkflowMutation, WorkflowTimeline } from '../workflow';
import { DeadlinesPanel } from './DeadlinesPanel';
import { DrawPanel } from './DrawPanel';
import { FeesPanel, ObjectionPanel } from './ObjectionFees';
import { OnsitePanel } from './OnsitePanel';
import { ConclusionInput, DispatchInput, FinalizeInput, LetterInput } from './StepInputs';
import type { ApplicationRecord } from './types';

const MUTATION: WorkflowMutation = { name: 'transitionAssessmentApplication', actionType: 'AssessmentApplicationAction', takesInput: true };
const INPUT_FORMS = { dispatch: DispatchInput, conclude: ConclusionInput, issue_letter: LetterInput, finalize: FinalizeInput };
const LETTER_STATES = ['concluded', 'publicity', 'publicized', 'letterIssued', 'final', 'disputed'];
const stateChoices = ASSESSMENT_APPLICATION_WORKFLOW.states.map((s) => ({ id: s, name: `workflow.assessmentApplication.states.${s}` }));
const kindChoices = ['initial', 'dispute', 'objection', 'stateChange', 'spotCheck', 'endOfTerm'].map((k) => ({
  id: k,
  name: `enums.AssessmentKind.${k}`,
}));

const ShowActions = () => {
  const record = useRecordContext<ApplicationRecord>();
  if (!record || !LETTER_STATES.includes(record.state)) return null;
  return (
    <TopToolbar>
      <Button
        component={Link}
        to={`/AssessmentApplication/${record.id}/letter`}
        label="app.assessments.print_letter"
        data-testid="print-letter"
      >
        <PrintIcon />
      </Button>
    </TopToolbar>
  );
};

const Title = () => {
  const translate = useTranslate();
  return <span>{translate('app.assessments.title')}</span>;
};

/** One application from dispatch to a final conclusion (Qinhuangdao art. 17–27): deadlines, draw, on-site record, steps, letter, fee. */
/** The dates the application's deadlines count from (Qinhuangdao art. 17, 23, 24). */
const applicationDates = (a: ApplicationRecord) => [
  a.appliedOn,
  a.acceptedOn,
  a.onsiteOn,
  a.concludedOn,
  a.letterIssuedOn,
  a.letterReceivedOn,
  ...(a.deadlines?.deadlines ?? []).map((d) => d.from),
];

export const ApplicationShow = () => (
  <Show actions={<ShowActions />} title={<Title />}>
    <SimpleShowLayout>
      <RecordCalendarWarning<ApplicationRecord> dates={applicationDates} />
      <ReferenceField source="claimantId" reference="Claimant" label="app.assessments.claimant" />
      <SelectField source="kind" choices={kindChoices} label="app.assessments.kind" />
      <SelectField source="state" choices={stateChoices} label="app.assessments.state" />
      <TextField source="appliedOn" label="app.assessments.appliedOn" />
      <ReferenceField source="institutionId" reference="Institution" label="app.assessments.institution" emptyText="—" />
      <DeadlinesPanel />
      <Divider />
      <WorkflowActions<ApplicationRecord>
        table={ASSESSMENT_APPLICATION_WORKFLOW}
        mutation={MUTATION}
        inputForms={INPUT_FORMS}
        testId="application-actions"
      />
      <Divider />
      <DrawPanel />
      <OnsitePanel />
      <ObjectionPanel />
      <FeesPanel />
      <Divider />
      <AttachmentsPanel ownerType="AssessmentApplication" defaultCategory="video" />
      <Divider />
      <WorkflowTimeline table={ASSESSMENT_APPLICATION_WORKFLOW} testId="application-timeline" />
    </SimpleShowLayout>
  </Show>
);
