import {
  AutocompleteArrayInput,
  Create,
  DateInput,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useLocation } from 'react-router';
import { careModeChoices } from './choices';

/** A care plan drafted from the catalogue (Qinhuangdao art. 30), resting on a severe conclusion (art. 28). */
export const CarePlanCreate = () => {
  const search = new URLSearchParams(useLocation().search);
  const defaults = {
    claimantId: search.get('claimantId') ?? undefined,
    replacesId: search.get('replacesId') ?? undefined,
    frequencyPerWeek: 3,
  };
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <ReferenceInput source="claimantId" reference="Claimant">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <SelectInput source="careMode" choices={careModeChoices} validate={required()} />
        <FormDataConsumer>
          {({ formData }) => (formData.careMode === 'family' ? <TextInput source="familyCarer" validate={required()} /> : null)}
        </FormDataConsumer>
        <ReferenceInput source="institutionId" reference="Institution" filter={{ kind: 'care' }}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <TextInput source="careSubtype" />
        <ReferenceArrayInput source="items" reference="CareServiceItem" perPage={200}>
          <AutocompleteArrayInput optionText={(i: { id: string; name: string }) => `${i.id} ${i.name}`} validate={required()} />
        </ReferenceArrayInput>
        <NumberInput source="frequencyPerWeek" min={1} max={21} validate={required()} />
        <NumberInput source="grade" min={0} max={5} validate={required()} />
        <DateInput source="conclusionOn" validate={required()} />
        <DateInput source="startDate" validate={required()} />
        <ReferenceInput source="replacesId" reference="CarePlan" filter={{ state: 'accepted' }}>
          <SelectInput optionText="id" />
        </ReferenceInput>
      </SimpleForm>
    </Create>
  );
};
