import { FormDataConsumer, maxLength, minLength, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { getStoredUser } from '../auth/session';
import { careSubtypeChoices, kindChoices, statusChoices } from '../domain';
import { regionChoices, validateCareSubtype, validateCreditCode } from './input';

// the server's limits (server/src/modules/institutions/institution.rules.ts)
const validateName = [required(), minLength(2), maxLength(100)];
const validateCredit = [required(), validateCreditCode];
const validateLegalRepresentative = [required(), maxLength(50)];
const validateAddress = [required(), maxLength(200)];
const validateSubtype = [validateCareSubtype];

/** The create and edit form: validates as the user types, with the server's credit-code rule. */
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
      <SelectInput source="status" choices={statusChoices} defaultValue="active" validate={required()} />
    </SimpleForm>
  );
};
