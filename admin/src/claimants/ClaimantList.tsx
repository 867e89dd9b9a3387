import UploadIcon from '@mui/icons-material/Publish';
import {
  Button,
  CreateButton,
  Datagrid,
  FilterButton,
  Link,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { regionChoices } from '../institutions/input';
import { type ClaimantRecord, categoryChoices, eligibilityChoices, sexChoices } from './choices';
import { EligibilityChip } from './EligibilityPanel';

const filters = () => [
  <SearchInput key="q" source="q" alwaysOn placeholder="姓名 / Name" />,
  <TextInput
    key="idNumber"
    source="idNumber"
    label="app.claimants.search_id"
    alwaysOn
    slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }}
  />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
  <ReferenceInput key="countyId" source="countyId" reference="County" perPage={100} sort={{ field: 'id', order: 'ASC' }} />,
  <SelectInput key="category" source="category" choices={categoryChoices} />,
  <SelectInput key="eligibilityStatus" source="eligibilityStatus" choices={eligibilityChoices} />,
];

const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'Claimant', action: 'import' });
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {canAccess ? (
        <Button component={Link} to="/Claimant/import" label="app.claimants.import" data-testid="import-contributions">
          <UploadIcon />
        </Button>
      ) : null}
      <ServerExportButton />
    </TopToolbar>
  );
};

const Status = (_props: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext<ClaimantRecord>();
  return record?.eligibility ? <EligibilityChip view={record.eligibility} /> : null;
};

export const ClaimantList = () => (
  <List exporter={false} filters={filters()} actions={<Actions />} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="idNumber" sortable={false} />
      <SelectField source="sex" choices={sexChoices} sortable={false} />
      <TextField source="birthDate" />
      <SelectField source="category" choices={categoryChoices} sortable={false} />
      <ReferenceField source="regionId" reference="Region" link={false} sortable={false} />
      <ReferenceField source="countyId" reference="County" link={false} sortable={false} emptyText="—" />
      <Status label="resources.Claimant.fields.eligibilityStatus" sortable={false} />
    </Datagrid>
  </List>
);
