import { Datagrid, List, TextField, TopToolbar } from 'react-admin';
import { ServerExportButton } from '../common/ServerExportButton';

const ListActions = () => (
  <TopToolbar>
    <ServerExportButton />
  </TopToolbar>
);

export const RegionList = () => (
  <List sort={{ field: 'id', order: 'ASC' }} exporter={false} actions={<ListActions />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <TextField source="name" />
    </Datagrid>
  </List>
);
