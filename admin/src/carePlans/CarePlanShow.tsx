import { CARE_PLAN_WORKFLOW } from '@ltci/shared';
import { Divider, MenuItem, TextField as MuiTextField, Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ExplainedFigure } from '../common/TraceDrawer';
import { type ActionInputProps, WorkflowActions, type WorkflowMutation, WorkflowTimeline } from '../workflow';
import { type CarePlanRecord, careModeChoices, carePlanStateChoices, endCauseChoices } from './choices';

const MUTATION: WorkflowMutation = { name: 'transitionCarePlan', actionType: 'CarePlanAction', takesInput: true };
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** An end's cause and the date it rests on (Qinhuangdao art. 34(4)(5): the death, the non-severe letter). */
const EndInput = ({ value, onChange, errors }: ActionInputProps<CarePlanRecord>) => {
  const translate = useTranslate();
  return (
    <>
      <MuiTextField
        select
        label={translate('app.carePlans.end_cause')}
        value={text(value.cause)}
        onChange={(e) => onChange({ ...value, cause: e.target.value })}
        error={!!errors.cause}
        helperText={errors.cause}
        slotProps={{ htmlInput: { 'data-testid': 'end-cause' } }}
      >
        {endCauseChoices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </MuiTextField>
      <MuiTextField
        type="date"
        label={translate('app.carePlans.end_on')}
        value={text(value.on)}
        onChange={(e) => onChange({ ...value, on: e.target.value || undefined })}
        error={!!errors.on}
        helperText={errors.on ?? translate('app.carePlans.end_on_help')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </>
  );
};

const BenefitsFrom = (_props: { label?: string }) => {
  const record = useRecordContext<CarePlanRecord>();
  const translate = useTranslate();
  if (!record?.benefitsFrom) return <Typography variant="body2">{translate('app.carePlans.not_yet_accepted')}</Typography>;
  return <ExplainedFigure value={<span data-testid="benefits-from">{record.benefitsFrom}</span>} trace={record.startTrace ?? []} />;
};

const Workflow = () => {
  const record = useRecordContext<CarePlanRecord>();
  return (
    <>
      <WorkflowActions<CarePlanRecord>
        table={CARE_PLAN_WORKFLOW}
        mutation={MUTATION}
        record={record}
        inputForms={{ end: EndInput }}
        testId="care-plan-actions"
      />
      <Divider sx={{ my: 2 }} />
      <WorkflowTimeline table={CARE_PLAN_WORKFLOW} record={record} testId="care-plan-timeline" />
    </>
  );
};

/** A care plan (Qinhuangdao art. 30): what it says, when it pays (art. 28, 34), its acceptance and end. */
export const CarePlanShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="claimantId" reference="Claimant" />
      <SelectField source="state" choices={carePlanStateChoices} />
      <SelectField source="careMode" choices={careModeChoices} />
      <TextField source="careSubtype" emptyText="—" />
      <TextField source="familyCarer" emptyText="—" />
      <ReferenceField source="institutionId" reference="Institution" />
      <ArrayField source="itemFrequencies">
        <DataTable bulkActionButtons={false} data-testid="plan-items">
          <DataTable.Col source="code" label="resources.CarePlan.fields.itemCode">
            <ReferenceField source="code" reference="CareServiceItem" link={false} />
          </DataTable.Col>
          <DataTable.Col source="timesPerMonth" label="resources.CarePlan.fields.timesPerMonth" />
        </DataTable>
      </ArrayField>
      <NumberField source="frequencyPerWeek" />
      <ReferenceField source="conclusionId" reference="AssessmentApplication" emptyText="—" />
      <NumberField source="grade" />
      <TextField source="conclusionOn" emptyText="—" />
      <TextField source="startDate" />
      <BenefitsFrom label="resources.CarePlan.fields.benefitsFrom" />
      <TextField source="endDate" emptyText="—" />
      <SelectField
        source="endCause"
        choices={[...endCauseChoices, { id: 'replaced', name: 'enums.CarePlanEndCause.replaced' }]}
        emptyText="—"
      />
      <ReferenceField source="replacesId" reference="CarePlan" emptyText="—" />
      <Divider />
      <Workflow />
    </SimpleShowLayout>
  </Show>
);
