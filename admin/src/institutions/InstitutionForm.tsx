import { type ReactElement, useEffect, useMemo, useRef } from 'react';
import { FormDataConsumer, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useLocaleState } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
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

/**
 * The county (县区) among the chosen region's counties only; none for a city-level institution
 * (Qinhuangdao art. 60–61). A new region clears it; the server refuses any other (COUNTY_NOT_IN_REGION).
 */
const CountyInput = () => {
  const regionId = useWatch({ name: 'regionId' }) as string | undefined;
  const { setValue } = useFormContext();
  const shown = useRef(regionId);
  useEffect(() => {
    if (shown.current === regionId) return;
    shown.current = regionId;
    setValue('countyId', null, { shouldDirty: true });
  }, [regionId, setValue]);
  return (
    <ReferenceInput
      source="countyId"
      reference="County"
      filter={{ regionId: regionId ?? '' }}
      perPage={200}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <SelectInput
        optionText="name"
        emptyText="app.institutions.city_level"
        helperText="app.institutions.county_hint"
        disabled={!regionId}
        sx={{ minWidth: 260 }}
      />
    </ReferenceInput>
  );
};

/** The create and edit form: validates as the user types, with the rule the server enforces (@ltci/shared). */
export const InstitutionForm = ({ toolbar }: { toolbar?: ReactElement }) => {
  const regions = regionChoices(getStoredUser()?.regions);
  const [locale] = useLocaleState();
  const v = useMemo(() => validators(locale), [locale]);
  return (
    <SimpleForm mode="onChange" warnWhenUnsavedChanges sx={{ maxWidth: 760 }} toolbar={toolbar}>
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
      <CountyInput />
    </SimpleForm>
  );
};
