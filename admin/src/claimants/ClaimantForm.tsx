import { useMemo } from 'react';
import {
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useLocaleState,
  useRecordContext,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { regionChoices } from '../institutions/input';
import { categoryChoices, hardshipChoices, parentCategoryChoices } from './choices';
import { claimantRule } from './input';

/** Registration and correction: each field checked as the officer types, by the rule the server enforces (@ltci/shared). */
export const ClaimantForm = () => {
  const record = useRecordContext();
  const regions = regionChoices(getStoredUser()?.regions);
  const [locale] = useLocaleState();
  const v = useMemo(
    () => ({
      name: [required(), claimantRule('name', locale)],
      idNumber: [required(), claimantRule('idNumber', locale)],
      phone: [claimantRule('phone', locale)],
      address: [claimantRule('address', locale)],
      category: [required(), claimantRule('category', locale)],
      parentsCategory: [claimantRule('parentsCategory', locale)],
      guardianName: [claimantRule('guardianName', locale)],
      deathDate: [claimantRule('deathDate', locale)],
    }),
    [locale],
  );
  return (
    <SimpleForm mode="onChange" warnWhenUnsavedChanges sx={{ maxWidth: 760 }}>
      <TextInput source="name" validate={v.name} />
      <TextInput source="idNumber" validate={v.idNumber} slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
      <TextInput source="phone" validate={v.phone} slotProps={{ htmlInput: { autoComplete: 'off' } }} />
      <TextInput source="address" validate={v.address} fullWidth />
      {record?.id ? null : (
        <SelectInput
          source="regionId"
          choices={regions}
          translateChoice={false}
          defaultValue={regions.length === 1 ? regions[0].id : undefined}
          validate={required()}
        />
      )}
      <FormDataConsumer>
        {({ formData }) => (
          <>
            <ReferenceInput
              source="countyId"
              reference="County"
              filter={{ regionId: formData.regionId }}
              perPage={100}
              sort={{ field: 'id', order: 'ASC' }}
            >
              <SelectInput optionText="name" />
            </ReferenceInput>
            <SelectInput source="residenceRegionId" choices={regions} translateChoice={false} />
            <ReferenceInput
              source="residenceCountyId"
              reference="County"
              filter={{ regionId: formData.residenceRegionId ?? formData.regionId }}
              perPage={100}
              sort={{ field: 'id', order: 'ASC' }}
            >
              <SelectInput optionText="name" />
            </ReferenceInput>
          </>
        )}
      </FormDataConsumer>
      <SelectInput source="category" choices={categoryChoices} validate={v.category} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.category === 'minor' ? (
            <SelectInput source="parentsCategory" choices={parentCategoryChoices} validate={v.parentsCategory} />
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="guardianName" validate={v.guardianName} />
      <TextInput source="guardianRelation" />
      <SelectInput source="hardshipGroup" choices={hardshipChoices} emptyText="—" />
      <DateInput source="insuredSince" />
      {record?.id ? <DateInput source="deathDate" validate={v.deathDate} /> : null}
    </SimpleForm>
  );
};
