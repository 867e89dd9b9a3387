import {
  ArrayInput,
  BooleanInput,
  DateInput,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useLocaleState,
} from 'react-admin';
import { staffFormErrors, staffRoleChoices, staffTitleChoices } from './input';

/** A staff member: role, title, years in a relevant field, full-time or not, platform code, certificates with expiry (Xinjiang art. 6(2), 7(3), 19). */
export const StaffForm = () => {
  const [locale] = useLocaleState();
  return (
    <SimpleForm mode="onChange" warnWhenUnsavedChanges validate={(values) => staffFormErrors(values, locale)} sx={{ maxWidth: 760 }}>
      <TextInput source="name" validate={required()} />
      <SelectInput source="role" choices={staffRoleChoices} validate={required()} />
      <SelectInput source="title" choices={staffTitleChoices} validate={required()} defaultValue="none" />
      <NumberInput source="yearsInField" min={0} max={60} step={1} />
      <BooleanInput source="fullTime" defaultValue={true} />
      <TextInput source="nationalCode" helperText="resources.Staff.help.nationalCode" />
      <TextInput source="identityNumber" autoComplete="off" />
      <ArrayInput source="certificates">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" label="resources.Staff.fields.certificateName" validate={required()} />
          <TextInput source="number" label="resources.Staff.fields.certificateNo" />
          <DateInput source="expiresOn" label="resources.Staff.fields.expiresOn" />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};
