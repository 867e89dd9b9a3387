import {
  AutocompleteInput,
  CheckboxGroupInput,
  Create,
  DateInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { materialChoices } from './choices';

const ANNEX1 = [
  'ownership',
  'profitNature',
  'foundedOn',
  'licenceNumber',
  'buildingArea',
  'businessArea',
  'bank',
  'bankAccount',
  'contactPerson',
  'contactPhone',
];

const toCreateInput = (d: Record<string, unknown>) => {
  const annex = (d.annex1 ?? {}) as Record<string, unknown>;
  return {
    institutionId: d.institutionId,
    round: d.round,
    applicationDate: d.applicationDate,
    materials: d.materials ?? [],
    annex1: Object.fromEntries(ANNEX1.filter((k) => annex[k] != null && annex[k] !== '').map((k) => [k, String(annex[k])])),
  };
};

/** Xinjiang art. 7 and annex 1: the application form, with the materials provided (what is missing is told at once on acceptance). */
export const DesignationCreate = () => (
  <Create transform={toCreateInput} redirect="show">
    <SimpleForm>
      <ReferenceInput source="institutionId" reference="Institution" filter={{ kind: 'assessment' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
      </ReferenceInput>
      <TextInput source="round" validate={required()} />
      <DateInput source="applicationDate" validate={required()} />
      <CheckboxGroupInput source="materials" choices={materialChoices} row={false} />
      <SelectInput
        source="annex1.ownership"
        choices={[
          { id: '公立', name: '公立' },
          { id: '民营', name: '民营' },
        ]}
        translateChoice={false}
      />
      <SelectInput
        source="annex1.profitNature"
        choices={[
          { id: '营利', name: '营利' },
          { id: '非营利', name: '非营利' },
        ]}
        translateChoice={false}
      />
      <DateInput source="annex1.foundedOn" />
      <TextInput source="annex1.licenceNumber" />
      <TextInput source="annex1.buildingArea" />
      <TextInput source="annex1.businessArea" />
      <TextInput source="annex1.bank" />
      <TextInput source="annex1.bankAccount" />
      <TextInput source="annex1.contactPerson" />
      <TextInput source="annex1.contactPhone" />
    </SimpleForm>
  </Create>
);
