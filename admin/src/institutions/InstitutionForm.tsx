import { FormDataConsumer, maxLength, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { getStoredUser } from '../auth/session';
import { careSubtypeChoices, kindChoices, statusChoices } from '../domain';
import { regionChoices, validateCareSubtype, validateCreditCode } from './input';

const validateName = [required(), maxLength(200)];
const validateCredit = [required(), validateCreditCode];
const validateRequiredText = [required(), maxLength(200)];
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
      <TextInput source="legalRepresentative" validate={validateRequiredText} />
      <TextInput source="address" validate={validateRequiredText} fullWidth />
      <SelectInput source="regionId" choices={regions} translateChoice={false} validate={required()} />
      <SelectInput source="status" choices={statusChoices} defaultValue="active" validate={required()} />
    </SimpleForm>
  );
};
