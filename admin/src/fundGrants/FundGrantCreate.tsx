import { Create, DateInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { getStoredUser } from '../auth/session';
import { regionChoices } from '../institutions/input';
import { grantKindChoices } from './choices';

const toCreateInput = (d: Record<string, unknown>) => ({
  regionId: d.regionId,
  kind: d.kind,
  date: d.date,
  amount: typeof d.amount === 'string' ? d.amount.trim() : d.amount,
  source: d.source,
  documentRef: d.documentRef,
  accountId: d.accountId,
  memo: d.memo || null,
});

/** The special account of the chosen region: subsidies and donations go straight into it (Qinhuangdao art. 51). */
const AccountInput = () => {
  const regionId = useWatch({ name: 'regionId' });
  return (
    <ReferenceInput source="accountId" reference="FundAccount" filter={{ regionId, kind: 'special' }}>
      <SelectInput optionText="name" validate={required()} disabled={!regionId} />
    </ReferenceInput>
  );
};

/** Enter a subsidy or donation; the approving document is attached on its page, then a second fund manager posts it. */
export const FundGrantCreate = () => {
  const translate = useTranslate();
  return (
    <Create transform={toCreateInput} redirect="show">
      <SimpleForm defaultValues={{ kind: 'subsidy', regionId: getStoredUser()?.regions?.[0] }}>
        <SelectInput source="regionId" choices={regionChoices(getStoredUser()?.regions)} translateChoice={false} validate={required()} />
        <SelectInput source="kind" choices={grantKindChoices} validate={required()} />
        <AccountInput />
        <DateInput source="date" validate={required()} />
        <TextInput source="amount" validate={required()} helperText={translate('app.fundGrants.amount_help')} />
        <TextInput source="source" validate={required()} fullWidth />
        <TextInput source="documentRef" validate={required()} />
        <TextInput source="memo" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
};
