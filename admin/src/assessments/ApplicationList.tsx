import { ASSESSMENT_APPLICATION_WORKFLOW } from '@ltci/shared';
import { Datagrid, DateField, List, ReferenceField, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { ServerExportButton } from '../common/ServerExportButton';
import { SpotCheckButton } from './SpotCheckButton';

const stateChoices = ASSESSMENT_APPLICATION_WORKFLOW.states.map((s) => ({ id: s, name: `workflow.assessmentApplication.states.${s}` }));
const kindChoices = ['initial', 'dispute', 'objection', 'stateChange', 'spotCheck', 'endOfTerm'].map((k) => ({
  id: k,
  name: `enums.AssessmentKind.${k}`,
}));
const filters = [<SelectInput key="state" source="state" choices={stateChoices} label="app.assessments.state" alwaysOn />];

/** The applications of the caller's regions and counties, by state (filtered and sorted in SQL). */
export const ApplicationList = () => (
  <List
    exporter={false}
    filters={filters}
    sort={{ field: 'appliedOn', order: 'DESC' }}
    title="app.assessments.title"
    actions={
      <TopToolbar>
        <SpotCheckButton />
        <ServerExportButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="appliedOn" label="app.assessments.appliedOn" />
      <ReferenceField source="claimantId" reference="Claimant" label="app.assessments.claimant" sortable={false} />
      <SelectField source="kind" choices={kindChoices} label="app.assessments.kind" sortable={false} />
      <SelectField source="state" choices={stateChoices} label="app.assessments.state" sortable={false} />
      <TextField source="recordedGrade" label="app.assessments.grade" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
