import { Datagrid, List, TextField } from 'react-admin';

export const RegionList = () => (
  <List sort={{ field: 'id', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <TextField source="name" />
    </Datagrid>
  </List>
);
