import { agreementTermIssues } from '@ltci/shared';
import { AutocompleteInput, DateInput, ReferenceInput, required, SimpleForm, TextInput, useTranslate } from 'react-admin';

/** The number and term, checked as the user types by the rule the server enforces (Xinjiang art. 10), messages by code. */
export const AgreementForm = ({ withInstitution }: { withInstitution: boolean }) => {
  const translate = useTranslate();
  const validate = (values: Record<string, unknown>) => {
    const errors: Record<string, string> = {};
    for (const issue of agreementTermIssues(values as never))
      errors[issue.path] ??= translate(`app.errors.issue.${issue.code}`, { _: issue.message });
    return errors;
  };
  return (
    <SimpleForm mode="onChange" warnWhenUnsavedChanges validate={validate} sx={{ maxWidth: 760 }}>
      {withInstitution ? (
        <ReferenceInput source="institutionId" reference="Institution" filter={{ state: 'active' }} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>
      ) : null}
      <TextInput source="number" validate={required()} />
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" validate={required()} />
      {/* Xinjiang art. 22: the assessment fee agreed with an assessment institution, decimal money as text (never a float) */}
      <TextInput source="assessmentFee" helperText="app.agreements.assessment_fee_help" parse={(v: string) => v.trim()} />
    </SimpleForm>
  );
};
