import { CreateButton, DataTable, FilterButton, List, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { regionChoices } from '../institutions/input';
import { inspectionKindChoices, inspectionStateChoices } from './choices';

const filters = () => [
  <SelectInput key="state" source="state" choices={inspectionStateChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={inspectionKindChoices} />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
];

/** Qinhuangdao art. 67, 74: the inspections planned and done, latest first. */
export const InspectionList = () => (
  <List
    exporter={false}
    filters={filters()}
    actions={
      <TopToolbar>
        <FilterButton />
        <CreateButton />
        <ServerExportButton />
      </TopToolbar>
    }
    sort={{ field: 'plannedOn', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="plannedOn" />
      <DataTable.Col source="title" disableSort>
        <TextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={inspectionKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="state">
        <SelectField source="state" choices={inspectionStateChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
