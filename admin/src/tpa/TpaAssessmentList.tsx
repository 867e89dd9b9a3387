import { DataTable, List, NumberInput, ReferenceField, SelectField, SelectInput, TopToolbar } from 'react-admin';
import { ServerExportButton } from '../common/ServerExportButton';
import { assessmentStateChoices } from './choices';

const filters = [
  <SelectInput key="state" source="state" choices={assessmentStateChoices} alwaysOn />,
  <NumberInput key="year" source="year" />,
];

export const TpaAssessmentList = () => (
  <List
    exporter={false}
    filters={filters}
    sort={{ field: 'year', order: 'DESC' }}
    actions={
      <TopToolbar>
        <ServerExportButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="year" />
      <DataTable.Col source="contractId" disableSort>
        <ReferenceField source="contractId" reference="TpaContract" link={false} />
      </DataTable.Col>
      <DataTable.Col source="state">
        <SelectField source="state" choices={assessmentStateChoices} />
      </DataTable.Col>
      <DataTable.Col source="total" disableSort />
      <DataTable.Col source="feeDue" disableSort />
    </DataTable>
  </List>
);
