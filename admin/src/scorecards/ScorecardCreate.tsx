import { Card, CardContent, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Form,
  NumberInput,
  ReferenceInput,
  required,
  SaveButton,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';

/** Opens (or finds) an institution's scorecard of a year on the template its region adopted. */
export const ScorecardCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const submit = async (values: Record<string, unknown>) => {
    try {
      const data = await requestGraphQL<{ openAnnualScorecard: { id: string } }>(
        'mutation ($i: ID!, $y: Int!) { openAnnualScorecard(institutionId: $i, year: $y) { id } }',
        { i: values.institutionId, y: Number(values.year) },
      );
      redirect('show', 'AnnualScorecard', data.openAnnualScorecard.id);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('app.scorecards.open')}
        </Typography>
        <Form onSubmit={submit} defaultValues={{ year: 2026 }}>
          <ReferenceInput source="institutionId" reference="Institution" filter={{ kind: 'assessment' }}>
            <AutocompleteInput
              optionText="name"
              filterToQuery={(q: string) => ({ q })}
              validate={required()}
              label="resources.AnnualScorecard.fields.institutionId"
            />
          </ReferenceInput>
          <NumberInput source="year" validate={required()} label="resources.AnnualScorecard.fields.year" />
          <SaveButton label="app.scorecards.open" />
        </Form>
      </CardContent>
    </Card>
  );
};
