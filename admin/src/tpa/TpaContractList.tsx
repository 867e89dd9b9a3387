import { CreateButton, DataTable, List, ReferenceField, SearchInput, SelectField, SelectInput, TopToolbar } from 'react-admin';
import { ServerExportButton } from '../common/ServerExportButton';
import { contractStateChoices } from './choices';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="state" source="state" choices={contractStateChoices} />];

export const TpaContractList = () => (
  <List
    exporter={false}
    filters={filters}
    sort={{ field: 'endDate', order: 'ASC' }}
    actions={
      <TopToolbar>
        <CreateButton />
        <ServerExportButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="tpaInstitutionId" disableSort>
        <ReferenceField source="tpaInstitutionId" reference="Institution" link={false} />
      </DataTable.Col>
      <DataTable.Col source="regionId" disableSort>
        <ReferenceField source="regionId" reference="Region" link={false} />
      </DataTable.Col>
      <DataTable.Col source="annualFee" disableSort />
      <DataTable.Col source="endDate" />
      <DataTable.Col source="state">
        <SelectField source="state" choices={contractStateChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
