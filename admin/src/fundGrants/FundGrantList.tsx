import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NumberField,
  ReferenceField,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { regionChoices } from '../institutions/input';
import { grantKindChoices, grantStateChoices } from './choices';

const filters = () => [
  <SelectInput key="state" source="state" choices={grantStateChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={grantKindChoices} alwaysOn />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
];

export const FundGrantList = () => (
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
    sort={{ field: 'date', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="date" />
      <DataTable.Col source="regionId" disableSort>
        <ReferenceField source="regionId" reference="Region" link={false} />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={grantKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="source" disableSort />
      <DataTable.Col source="documentRef" disableSort />
      <DataTable.Col source="amount">
        <NumberField source="amount" options={{ minimumFractionDigits: 2 }} />
      </DataTable.Col>
      <DataTable.Col source="documents" disableSort />
      <DataTable.Col source="state">
        <SelectField source="state" choices={grantStateChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
