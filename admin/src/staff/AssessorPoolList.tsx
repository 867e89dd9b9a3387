import {
  BooleanField,
  Datagrid,
  EditButton,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { ServerExportButton } from '../common/ServerExportButton';
import { TranslatedTextField } from '../common/TranslatedTextField';
import { poolStatusChoices, staffTitleChoices } from './input';
import { PoolActions } from './PoolActions';

const poolRoleChoices = [
  { id: 'assessor', name: 'enums.StaffRole.assessor' },
  { id: 'expert', name: 'enums.StaffRole.expert' },
];

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="institutionId" source="institutionId" reference="Institution" filter={{ kind: 'assessment' }} alwaysOn />,
  <SelectInput key="status" source="status" choices={poolStatusChoices} alwaysOn />,
  <SelectInput key="role" source="role" choices={poolRoleChoices} />,
  <NullableBooleanInput key="trained" source="trained" />,
];

const ListActions = () => (
  <TopToolbar>
    <ServerExportButton />
  </TopToolbar>
);

/** The assessor pool (Xinjiang art. 15–16, 19): the assessors and experts of the region's assessment institutions, paged and filtered in SQL. */
export const AssessorPoolList = () => (
  <List
    filters={filters}
    filter={{ pool: true }}
    sort={{ field: 'name', order: 'ASC' }}
    title="app.pool.title"
    exporter={false}
    actions={<ListActions />}
  >
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="name" />
      <TextField source="institutionName" sortable={false} />
      <TranslatedTextField source="role" prefix="enums.StaffRole" />
      <SelectField source="title" choices={staffTitleChoices} />
      <TextField source="nationalCode" emptyText="—" sortable={false} />
      <BooleanField source="trained" sortable={false} />
      <TranslatedTextField source="removedFor" prefix="enums.AssessorRemovalGround" sortable={false} />
      <TextField source="removalReason" emptyText="—" sortable={false} />
      <LocaleDateField source="removedAt" />
      <PoolActions />
      <EditButton />
    </Datagrid>
  </List>
);
