import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { regionChoices } from '../institutions/input';
import { complaintChannelChoices, complaintKindChoices, complaintStateChoices } from './choices';

const filters = () => [
  <SelectInput key="state" source="state" choices={complaintStateChoices} alwaysOn />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
  <ReferenceInput key="institutionId" source="institutionId" reference="Institution">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

export const ComplaintList = () => (
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
    sort={{ field: 'receivedOn', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="receivedOn" />
      <DataTable.Col source="institutionId" disableSort>
        <ReferenceField source="institutionId" reference="Institution" link={false} />
      </DataTable.Col>
      <DataTable.Col source="channel" disableSort>
        <SelectField source="channel" choices={complaintChannelChoices} />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={complaintKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="state">
        <SelectField source="state" choices={complaintStateChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
