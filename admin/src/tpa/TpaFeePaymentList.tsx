import { DataTable, List, ReferenceField, SelectField, SelectInput, TopToolbar } from 'react-admin';
import { ServerExportButton } from '../common/ServerExportButton';
import { paymentStateChoices } from './choices';

const filters = [<SelectInput key="state" source="state" choices={paymentStateChoices} alwaysOn />];

export const TpaFeePaymentList = () => (
  <List
    exporter={false}
    filters={filters}
    sort={{ field: 'date', order: 'DESC' }}
    actions={
      <TopToolbar>
        <ServerExportButton />
      </TopToolbar>
    }
  >
    <DataTable rowClick={(_id, _r, record) => `/TpaAssessment/${record.assessmentId}/show`} bulkActionButtons={false}>
      <DataTable.Col source="date" />
      <DataTable.Col source="regionId" disableSort>
        <ReferenceField source="regionId" reference="Region" link={false} />
      </DataTable.Col>
      <DataTable.Col source="year" disableSort />
      <DataTable.Col source="quarter" disableSort />
      <DataTable.Col source="amount" disableSort />
      <DataTable.Col source="state">
        <SelectField source="state" choices={paymentStateChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
