import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { regionChoices } from '../institutions/input';
import type { InfoChangeRecord } from './choices';

const filters = () => [
  <BooleanInput key="pending" source="pending" alwaysOn />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
  <ReferenceInput key="institutionId" source="institutionId" reference="Institution">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

const Changes = (_props: { label?: string }) => {
  const record = useRecordContext<InfoChangeRecord>();
  const translate = useTranslate();
  return <span>{(record?.changes ?? []).map((c) => translate(`enums.InfoChangeKind.${c}`)).join('、')}</span>;
};

/** Xinjiang art. 21: each change with the authorities' approval, the application and its 30-working-day limit. */
export const InfoChangeList = () => (
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
    sort={{ field: 'approvalDate', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="approvalDate" />
      <DataTable.Col source="institutionId" disableSort>
        <ReferenceField source="institutionId" reference="Institution" link={false} />
      </DataTable.Col>
      <DataTable.Col source="changes" disableSort>
        <Changes />
      </DataTable.Col>
      <DataTable.Col source="appliedOn" disableSort />
      <DataTable.Col source="dueOn" disableSort />
      <DataTable.Col source="late" disableSort>
        <BooleanField source="late" />
      </DataTable.Col>
    </DataTable>
  </List>
);
