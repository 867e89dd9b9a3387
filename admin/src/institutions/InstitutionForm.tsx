import { FormDataConsumer, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { getStoredUser } from '../auth/session';
import { careSubtypeChoices, kindChoices } from '../domain';
import { institutionRule, regionChoices } from './input';

const validateName = [required(), institutionRule('name')];
const validateCredit = [required(), institutionRule('creditCode')];
const validateLegalRepresentative = [required(), institutionRule('legalRepresentative')];
const validateAddress = [required(), institutionRule('address')];
const validateSubtype = [institutionRule('careSubtype')];

/** The create and edit form: validates as the user types, with the rule the server enforces (@ltci/shared). */
export const InstitutionForm = () => {
  const regions = regionChoices(getStoredUser()?.regions);
  return (
    <SimpleForm mode="onChange" warnWhenUnsavedChanges sx={{ maxWidth: 760 }}>
      <SelectInput source="kind" choices={kindChoices} validate={required()} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === 'care' ? (
            <SelectInput source="careSubtype" choices={careSubtypeChoices} validate={validateSubtype} isRequired />
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="name" validate={validateName} />
      <TextInput source="creditCode" validate={validateCredit} slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
      <TextInput source="legalRepresentative" validate={validateLegalRepresentative} />
      <TextInput source="address" validate={validateAddress} fullWidth />
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
