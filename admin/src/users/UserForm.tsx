import { passwordIssues } from '@ltci/shared';
import {
  CheckboxGroupInput,
  PasswordInput,
  ReferenceArrayInput,
  required,
  SelectArrayInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { roleChoices } from '../domain';

/** The shared password policy, as the form's validator: each issue by its code, translated. */
export function usePasswordValidator(usernameField = 'username') {
  const translate = useTranslate();
  return (value: string, values: Record<string, unknown>) => {
    if (!value) return undefined;
    const issues = passwordIssues(value, values[usernameField] ?? '');
    return issues.length ? issues.map((i) => translate(`app.password.${i.code}`, { _: i.message, ...i.params })).join('；') : undefined;
  };
}

/** Counties of the chosen regions only. */
const CountiesInput = () => {
  const regionIds = useWatch({ name: 'regionIds' }) as string[] | undefined;
  return (
    <ReferenceArrayInput source="countyIds" reference="County" filter={{}} perPage={200} sort={{ field: 'id', order: 'ASC' }}>
      <SelectArrayInput
        optionText={(c: { name: string; regionId: string }) => c.name}
        helperText="app.users.counties_help"
        fullWidth
        disabled={!regionIds?.length}
      />
    </ReferenceArrayInput>
  );
};

export const UserForm = ({ creating }: { creating?: boolean }) => {
  const passwordValid = usePasswordValidator();
  return (
    <SimpleForm>
      {creating ? <TextInput source="username" validate={required()} /> : null}
      <TextInput source="displayName" validate={required()} />
      {creating ? (
        <PasswordInput source="password" validate={[required(), passwordValid]} helperText="app.users.initial_password_help" />
      ) : null}
      <TextInput source="phone" helperText="app.users.phone_help" />
      <CheckboxGroupInput source="roles" choices={roleChoices} validate={required()} />
      <ReferenceArrayInput source="regionIds" reference="Region">
        <CheckboxGroupInput validate={required()} />
      </ReferenceArrayInput>
      <CountiesInput />
    </SimpleForm>
  );
};
