import { Button } from '@mui/material';
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
  TextInput,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router';
import { getStoredUser } from '../auth/session';
import { ServerExportButton } from '../common/ServerExportButton';
import { regionChoices } from '../institutions/input';
import { ClockField } from './ClockField';
import { designationStateChoices } from './choices';
import { DesignationRanking } from './DesignationRanking';

const filters = () => [
  <SelectInput key="state" source="state" choices={designationStateChoices} alwaysOn />,
  <TextInput key="round" source="round" alwaysOn />,
  <SelectInput key="regionId" source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} />,
  <ReferenceInput key="institutionId" source="institutionId" reference="Institution">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

const Ranking = () => {
  const { filterValues } = useListContext();
  return filterValues.round ? (
    <DesignationRanking round={String(filterValues.round)} regionId={filterValues.regionId as string | undefined} />
  ) : null;
};

const Actions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <FilterButton />
      <Button component={Link} to="/DesignationApplication/published" size="small">
        {translate('app.designations.published')}
      </Button>
      <CreateButton />
      <ServerExportButton />
    </TopToolbar>
  );
};

/** Designation applications, each with its art. 8 review time left; a round's ranking below when a round is chosen. */
export const DesignationList = () => (
  <List exporter={false} filters={filters()} actions={<Actions />} sort={{ field: 'applicationDate', order: 'DESC' }} aside={undefined}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="applicationDate" />
      <DataTable.Col source="round" disableSort />
      <DataTable.Col source="institutionId" disableSort>
        <ReferenceField source="institutionId" reference="Institution" link={false} />
      </DataTable.Col>
      <DataTable.Col source="state">
        <SelectField source="state" choices={designationStateChoices} />
      </DataTable.Col>
      <DataTable.Col source="reviewTotal" disableSort />
      <DataTable.Col source="reviewClock" disableSort>
        <ClockField />
      </DataTable.Col>
    </DataTable>
    <Ranking />
  </List>
);
