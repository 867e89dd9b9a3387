import { AutocompleteInput, CheckboxGroupInput, Create, DateInput, ReferenceInput, required, SimpleForm } from 'react-admin';
import { infoChangeKindChoices } from './choices';

const toCreateInput = (d: Record<string, unknown>) => ({
  institutionId: d.institutionId,
  approvalDate: d.approvalDate,
  changes: d.changes ?? [],
});

/** Xinjiang art. 21: a change approved by the authorities on a day; the 30 working days run from it. */
export const InfoChangeCreate = () => (
  <Create transform={toCreateInput} redirect="show">
    <SimpleForm>
      <ReferenceInput source="institutionId" reference="Institution">
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
      </ReferenceInput>
      <DateInput source="approvalDate" validate={required()} />
      <CheckboxGroupInput source="changes" choices={infoChangeKindChoices} validate={required()} />
    </SimpleForm>
  </Create>
);
