import { TPA_COMMITMENT_AREAS, TPA_UNIT_KINDS } from '@ltci/shared';
import {
  ArrayInput,
  AutocompleteInput,
  Create,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';

const categories = TPA_COMMITMENT_AREAS.map((id) => ({ id, name: `enums.TpaCommitmentCategory.${id}` }));
const unitKinds = TPA_UNIT_KINDS.map((id) => ({ id, name: `enums.TpaUnitKind.${id}` }));
const targetKinds = [
  { id: 'number', name: '数值 / number' },
  { id: 'yesNo', name: '是否 / yes-no' },
];
const directions = [
  { id: 'atLeast', name: '≥' },
  { id: 'atMost', name: '≤' },
];

/** Sensible starting terms: the three levels of Tianjin art. 14 and a four-band schedule of art. 18, all editable. */
const DEFAULTS = {
  weights: { headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.2' },
  units: [
    { id: 'HQ', kind: 'headOffice', name: '本部' },
    { id: 'D1', kind: 'districtSubCentre', name: '辖区分中心' },
    { id: 'CITY', kind: 'cityCentre', name: '市级综合服务中心' },
  ],
  schedule: [
    { minScore: '95', payRate: '1' },
    { minScore: '85', payRate: '0.95' },
    { minScore: '70', payRate: '0.85' },
    { minScore: '0', payRate: '0.6' },
  ],
  poorResultBelow: '70',
  rectificationDays: 30,
  commitments: [],
};

/** Drafting a TPA contract: the server checks weights (WEIGHTS_NOT_ONE), plan, schedule and every commitment's target. */
export const TpaContractCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={DEFAULTS}>
      <ReferenceInput source="tpaInstitutionId" reference="Institution" filter={{ kind: 'tpa' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q, kind: 'tpa' })} />
      </ReferenceInput>
      <TextInput source="number" />
      <ReferenceInput source="replacesContractId" reference="TpaContract" filter={{ state: 'active' }}>
        <AutocompleteInput optionText="number" filterToQuery={(q: string) => ({ q, state: 'active' })} />
      </ReferenceInput>
      <DateInput source="startDate" />
      <DateInput source="endDate" />
      <TextInput source="annualFee" />
      <TextInput source="weights.headOffice" />
      <TextInput source="weights.districtSubCentres" />
      <TextInput source="weights.cityCentre" />
      <ArrayInput source="units">
        <SimpleFormIterator inline>
          <TextInput source="id" helperText={false} />
          <SelectInput source="kind" choices={unitKinds} helperText={false} />
          <TextInput source="name" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="schedule">
        <SimpleFormIterator inline>
          <TextInput source="minScore" helperText={false} />
          <TextInput source="payRate" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="poorResultBelow" />
      <NumberInput source="rectificationDays" />
      <ArrayInput source="commitments">
        <SimpleFormIterator inline>
          <SelectInput source="category" choices={categories} helperText={false} />
          <TextInput source="description" helperText={false} />
          <SelectInput source="targetKind" choices={targetKinds} helperText={false} />
          <TextInput source="target" helperText={false} />
          <TextInput source="unit" helperText={false} />
          <SelectInput source="direction" choices={directions} helperText={false} />
          <TextInput source="measurement" helperText={false} />
          <TextInput source="points" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  </Create>
);
