import { RELATED_PERSON_ROLES, relatedPersonIssues } from '@ltci/shared';
import { required, SelectInput, SimpleForm, TextInput, useLocaleState } from 'react-admin';
import { enumChoices } from '../domain';
import { issuesToErrors } from '../staff/input';

export const relatedPersonRoleChoices = enumChoices(RELATED_PERSON_ROLES, 'enums.RelatedPersonRole');

/** A related person: role, name, ID number (checked as the server checks it; on edit, left empty to keep the stored one). */
export const RelatedPersonForm = ({ edit = false }: { edit?: boolean }) => {
  const [locale] = useLocaleState();
  const validate = (values: Record<string, unknown>) => {
    const idNumber = (values.idNumber as string | undefined)?.trim();
    const errors = issuesToErrors(
      relatedPersonIssues({ ...values, idNumber: edit && !idNumber ? '11010519491231002X' : idNumber }),
      locale,
    );
    return errors;
  };
  return (
    <SimpleForm mode="onChange" validate={validate} sx={{ maxWidth: 600 }}>
      <SelectInput source="role" choices={relatedPersonRoleChoices} validate={required()} />
      <TextInput source="name" validate={required()} />
      <TextInput
        source="idNumber"
        helperText={edit ? 'resources.RelatedPerson.help.idNumber_edit' : 'resources.RelatedPerson.help.idNumber'}
        slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }}
      />
    </SimpleForm>
  );
};
