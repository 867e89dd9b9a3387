import { DataTable, FilterButton, List, NumberField, SelectField, SelectInput, TextField, TextInput, TopToolbar } from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { regionChoices } from '../institutions/input';
import { declarationStateChoices } from './choices';
import { DeclarationImport } from './DeclarationImport';

const filters = () => [
  <SelectInput key="state" source="state" choices={declarationStateChoices} alwaysOn />,
  <TextInput key="month" source="month" alwaysOn />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
];

/** The declarations inbox (Qinhuangdao art. 55): each institution's month, its state and its undecided blocking flags. */
export const DeclarationList = () => (
  <List
    exporter={false}
    filters={filters()}
    actions={
      <TopToolbar>
        <FilterButton />
        <ServerExportButton />
      </TopToolbar>
    }
    sort={{ field: 'month', order: 'DESC' }}
    aside={<DeclarationImport />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="month" />
      <DataTable.Col source="institutionName" disableSort>
        <TextField source="institutionName" />
      </DataTable.Col>
      <DataTable.Col source="state">
        <SelectField source="state" choices={declarationStateChoices} />
      </DataTable.Col>
      <DataTable.Col source="recordCount">
        <NumberField source="recordCount" />
      </DataTable.Col>
      <DataTable.Col source="declaredAmount" disableSort />
      <DataTable.Col source="openBlockingFlags" disableSort />
    </DataTable>
  </List>
);
