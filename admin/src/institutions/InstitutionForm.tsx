import { useMemo } from 'react';
import { FormDataConsumer, required, SelectInput, SimpleForm, TextInput, useLocaleState } from 'react-admin';
import { getStoredUser } from '../auth/session';
import { careSubtypeChoices, kindChoices } from '../domain';
import { institutionRule, regionChoices } from './input';

const validators = (locale: string) => ({
  name: [required(), institutionRule('name', locale)],
  creditCode: [required(), institutionRule('creditCode', locale)],
  legalRepresentative: [required(), institutionRule('legalRepresentative', locale)],
  address: [required(), institutionRule('address', locale)],
  careSubtype: [institutionRule('careSubtype', locale)],
});

/** The create and edit form: validates as the user types, with the rule the server enforces (@ltci/shared). */
export const InstitutionForm = () => {
  const regions = regionChoices(getStoredUser()?.regions);
  const [locale] = useLocaleState();
  const v = useMemo(() => validators(locale), [locale]);
  return (
    <SimpleForm mode="onChange" warnWhenUnsavedChanges sx={{ maxWidth: 760 }}>
      <SelectInput source="kind" choices={kindChoices} validate={required()} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === 'care' ? (
            <SelectInput source="careSubtype" choices={careSubtypeChoices} validate={v.careSubtype} isRequired />
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="name" validate={v.name} />
      <TextInput source="creditCode" validate={v.creditCode} slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
      <TextInput source="legalRepresentative" validate={v.legalRepresentative} />
      <TextInput source="address" validate={v.address} fullWidth />
      <SelectInput
        source="regionId"
        choices={regions}
        translateChoice={false}
        defaultValue={regions.length === 1 ? regions[0].id : undefined}
        validate={required()}
      />
    </SimpleForm>
  );
};
