import {
  AutocompleteArrayInput,
  BooleanInput,
  Create,
  DateInput,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { regionChoices } from '../institutions/input';
import { inspectionKindChoices, institutionKindChoices } from './choices';

const toCreateInput = (d: Record<string, unknown>) => ({
  regionId: d.regionId,
  kind: d.kind,
  title: d.title,
  scope: d.scope,
  plannedOn: d.plannedOn,
  // the planner inspects; a second inspector is named by the server's plan when the agency adds one
  inspectorIds: [getStoredUser()?.id],
  checklist: String(d.checklistText ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean),
  targetIds: d.random ? null : d.targetIds,
  random: d.random
    ? {
        count: Number(d.randomCount),
        seed: d.randomSeed === '' || d.randomSeed == null ? null : Number(d.randomSeed),
        kinds: d.randomKinds ?? null,
      }
    : null,
});

/** Qinhuangdao art. 67, 74: an inspection planned with its scope, date, checklist and targets, named or drawn at random (seed recorded). */
export const InspectionCreate = () => {
  const translate = useTranslate();
  const regions = regionChoices(getStoredUser()?.regions);
  return (
    <Create transform={toCreateInput} redirect="show">
      <SimpleForm defaultValues={{ regionId: regions[0]?.id, kind: 'random_spot_check', random: true, randomCount: 2 }}>
        <SelectInput source="regionId" choices={regions} translateChoice={false} validate={required()} />
        <SelectInput source="kind" choices={inspectionKindChoices} validate={required()} />
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="scope" validate={required()} multiline fullWidth />
        <DateInput source="plannedOn" validate={required()} />
        <TextInput
          source="checklistText"
          label="resources.Inspection.fields.checklist"
          helperText={translate('app.supervision.checklist_hint')}
          multiline
          minRows={3}
          fullWidth
          validate={required()}
        />
        <BooleanInput source="random" label="app.supervision.random" />
        <FormDataConsumer<{ random?: boolean }>>
          {({ formData }) =>
            formData.random ? (
              <>
                <NumberInput source="randomCount" label="app.supervision.random_count" min={1} max={50} validate={required()} />
                <NumberInput source="randomSeed" label="app.supervision.random_seed" min={0} />
                <SelectArrayInput source="randomKinds" label="app.supervision.random_kinds" choices={institutionKindChoices} />
              </>
            ) : (
              <ReferenceArrayInput source="targetIds" reference="Institution">
                <AutocompleteArrayInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
              </ReferenceArrayInput>
            )
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
