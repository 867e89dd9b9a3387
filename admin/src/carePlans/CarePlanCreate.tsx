import {
  ArrayInput,
  AutocompleteInput,
  Create,
  DateInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useLocation } from 'react-router';
import { careModeChoices } from './choices';

/**
 * A care plan drafted from the catalogue (Qinhuangdao art. 30), resting on the claimant's final severe
 * conclusion (art. 28: the grade and the letter's date come from it), each item with its own frequency a month.
 */
export const CarePlanCreate = () => {
  const translate = useTranslate();
  const search = new URLSearchParams(useLocation().search);
  const defaults = {
    claimantId: search.get('claimantId') ?? undefined,
    replacesId: search.get('replacesId') ?? undefined,
    items: [{ code: undefined, timesPerMonth: 8 }],
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
        <FormDataConsumer>
          {({ formData }) => (
            <ReferenceInput
              source="conclusionId"
              reference="AssessmentApplication"
              filter={{ claimantId: formData.claimantId ?? '00000000-0000-4000-8000-000000000000', state: 'final' }}
            >
              <SelectInput
                data-testid="plan-conclusion"
                optionText={(a: { appliedOn: string; recordedGrade: number | null; letterIssuedOn?: string | null }) =>
                  translate('app.carePlans.conclusion_option', {
                    grade: a.recordedGrade ?? '—',
                    on: a.letterIssuedOn ?? a.appliedOn,
                  })
                }
                helperText="app.carePlans.conclusion_help"
                validate={required()}
              />
            </ReferenceInput>
          )}
        </FormDataConsumer>
        <ArrayInput source="items" validate={required()}>
          <SimpleFormIterator inline disableReordering>
            <ReferenceInput source="code" reference="CareServiceItem" perPage={200}>
              <AutocompleteInput
                label="resources.CarePlan.fields.itemCode"
                optionText={(i: { id: string; name: string }) => `${i.id} ${i.name}`}
                validate={required()}
              />
            </ReferenceInput>
            <NumberInput
              source="timesPerMonth"
              label="resources.CarePlan.fields.timesPerMonth"
              min={1}
              max={62}
              validate={required()}
              helperText="app.carePlans.times_help"
            />
          </SimpleFormIterator>
        </ArrayInput>
        <DateInput source="startDate" validate={required()} />
        <ReferenceInput source="replacesId" reference="CarePlan" filter={{ state: 'accepted' }}>
          <SelectInput optionText="id" />
        </ReferenceInput>
      </SimpleForm>
    </Create>
  );
};
