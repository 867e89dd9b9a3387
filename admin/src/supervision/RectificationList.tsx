import { BooleanInput, DataTable, FilterButton, List, ReferenceField, SelectField, SelectInput, TopToolbar } from 'react-admin';
import { ServerExportButton } from '../common/ServerExportButton';
import { rectificationStateChoices } from './choices';

const filters = () => [
  <BooleanInput key="open" source="open" alwaysOn />,
  <SelectInput key="state" source="state" choices={rectificationStateChoices} />,
];

/** Qinhuangdao art. 68: the orders to rectify, soonest due first. */
export const RectificationList = () => (
  <List
    exporter={false}
    filters={filters()}
    filterDefaultValues={{ open: true }}
    actions={
      <TopToolbar>
        <FilterButton />
        <ServerExportButton />
      </TopToolbar>
    }
    sort={{ field: 'dueOn', order: 'ASC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="dueOn" />
      <DataTable.Col source="institutionId" disableSort>
        <ReferenceField source="institutionId" reference="Institution" link={false} />
      </DataTable.Col>
      <DataTable.Col source="orderedOn" disableSort />
      <DataTable.Col source="state">
        <SelectField source="state" choices={rectificationStateChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
