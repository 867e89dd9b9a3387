import { Datagrid, EditButton, ReferenceManyField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { enumChoices } from '../domain';

export const countyKindChoices = enumChoices(['district', 'county', 'zone', 'subdistrict', 'regiment'], 'enums.CountyKind');

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** A region and its counties (县区), each renamed on its own page. */
export const RegionShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="name" />
      <ReferenceManyField
        reference="County"
        target="regionId"
        label="resources.Region.fields.counties"
        sort={{ field: 'id', order: 'ASC' }}
        perPage={100}
      >
        <Datagrid bulkActionButtons={false} rowClick="edit" data-testid="counties">
          <TextField source="name" />
          <SelectField source="kind" choices={countyKindChoices} />
          <TextField source="id" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
