import { DESIGNATION_WORKFLOW } from '@ltci/shared';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Button, Divider, Typography } from '@mui/material';
import {
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router';
import { WorkflowActions, type WorkflowMutation, WorkflowTimeline } from '../workflow';
import { ClockField } from './ClockField';
import { type DesignationRecord, designationStateChoices } from './choices';
import { FindingsPanel } from './FindingsPanel';
import { MaterialsEditor } from './MaterialsEditor';
import { PanelForm } from './PanelForm';
import { ReviewScorecard } from './ReviewScorecard';

const MUTATION: WorkflowMutation = { name: 'transitionDesignationApplication', actionType: 'DesignationAction' };

const Actions = () => {
  const record = useRecordContext<DesignationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const done = ['designated', 'rejected', 'refused'].includes(record.state);
  return (
    <TopToolbar>
      <Button
        component={Link}
        to={`/DesignationApplication/${record.id}/annex1`}
        startIcon={<PrintIcon />}
        size="small"
        data-testid="print-annex1"
      >
        {translate('app.designations.print_annex1')}
      </Button>
      {done || record.state === 'publicity' ? (
        <Button
          component={Link}
          to={`/DesignationApplication/${record.id}/filing`}
          startIcon={<PrintIcon />}
          size="small"
          data-testid="print-filing"
        >
          {translate('app.designations.print_filing')}
        </Button>
      ) : null}
      {record.state === 'rejected' || record.state === 'refused' ? (
        <Button
          component={Link}
          to={`/DesignationApplication/${record.id}/letter`}
          startIcon={<PrintIcon />}
          size="small"
          data-testid="print-letter"
        >
          {translate('app.designations.print_letter')}
        </Button>
      ) : null}
    </TopToolbar>
  );
};

const Body = () => {
  const record = useRecordContext<DesignationRecord>();
  const translate = useTranslate();
  // a row the list left in the cache has no lists (listFields): the panel form starts from the page's own read
  if (!record?.panel) return null;
  return (
    <>
      {record.missingNotice?.length ? (
        <Alert severity="warning" data-testid="missing-notice">
          {translate('app.designations.missing')}：{record.missingNotice.map((m) => translate(`enums.DesignationMaterial.${m}`)).join('；')}
        </Alert>
      ) : null}
      {['submitted', 'materials_check', 'supplementing'].includes(record.state) ? <MaterialsEditor record={record} /> : null}
      <WorkflowActions<DesignationRecord & { allowedActions: never[]; history: never[] }>
        table={DESIGNATION_WORKFLOW}
        mutation={MUTATION}
        record={record as never}
        testId="designation-actions"
      />
      {['review', 'publicity', 'designated', 'rejected'].includes(record.state) && record.acceptedOn ? (
        <>
          <Divider sx={{ my: 2 }} />
          <ReviewScorecard key={record.version} record={record} />
          <PanelForm key={`p-${record.version}`} record={record} />
        </>
      ) : null}
      {record.agreementId ? (
        <Typography>
          {translate('app.designations.agreement')}：
          <Link to={`/ServiceAgreement/${record.agreementId}/show`}>{record.agreementId.slice(0, 8)}</Link>
        </Typography>
      ) : null}
      <Divider sx={{ my: 2 }} />
      <FindingsPanel institutionId={record.institutionId} />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={DESIGNATION_WORKFLOW} record={record as never} testId="designation-timeline" />
    </>
  );
};

export const DesignationShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <ReferenceField source="institutionId" reference="Institution" />
      <TextField source="round" />
      <TextField source="applicationDate" />
      <SelectField source="state" choices={designationStateChoices} />
      <TextField source="acceptedOn" emptyText="—" />
      <Labeled source="reviewClock">
        <ClockField />
      </Labeled>
      <TextField source="publicityStart" emptyText="—" />
      <TextField source="publicityEnd" emptyText="—" />
      <TextField source="decisionReason" emptyText="—" />
      <Body />
    </SimpleShowLayout>
  </Show>
);
