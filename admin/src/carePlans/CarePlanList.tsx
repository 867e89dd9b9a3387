import { Datagrid, List, ReferenceField, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { ServerExportButton } from '../common/ServerExportButton';
import { careModeChoices, carePlanStateChoices } from './choices';

const filters = [<SelectInput key="state" source="state" choices={carePlanStateChoices} alwaysOn />];

/** Care plans of the caller's regions, drafted ones first to accept (Qinhuangdao art. 30). */
export const CarePlanList = () => (
  <List
    exporter={false}
    filters={filters}
    sort={{ field: 'startDate', order: 'DESC' }}
    actions={
      <TopToolbar>
        <ServerExportButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="claimantId" reference="Claimant" link={false} />
      <SelectField source="careMode" choices={careModeChoices} />
      <ReferenceField source="institutionId" reference="Institution" link={false} />
      <TextField source="startDate" />
      <TextField source="benefitsFrom" emptyText="—" />
      <SelectField source="state" choices={carePlanStateChoices} />
    </Datagrid>
  </List>
);
