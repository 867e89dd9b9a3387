import { FUNCTIONAL_ZONES, MANAGEMENT_SYSTEMS, PREMISES_TENURES } from '@ltci/shared';
import { Typography } from '@mui/material';
import { useMemo } from 'react';
import {
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { getStoredUser } from '../auth/session';
import { careSubtypeChoices, enumChoices, kindChoices } from '../domain';
import { institutionRule, regionChoices } from './input';

const validators = (locale: string) => ({
  name: [required(), institutionRule('name', locale)],
  creditCode: [required(), institutionRule('creditCode', locale)],
  legalRepresentative: [required(), institutionRule('legalRepresentative', locale)],
  address: [required(), institutionRule('address', locale)],
  careSubtype: [institutionRule('careSubtype', locale)],
});

/** The create and edit form: validates as the user types, with the rule the server enforces (@ltci/shared). */
export const InstitutionForm = () => {
  const regions = regionChoices(getStoredUser()?.regions);
  const [locale] = useLocaleState();
  const v = useMemo(() => validators(locale), [locale]);
  const record = useRecordContext();
  return (
    <SimpleForm mode="onChange" warnWhenUnsavedChanges sx={{ maxWidth: 760 }}>
      <SelectInput source="kind" choices={kindChoices} validate={required()} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === 'care' ? (
            <SelectInput source="careSubtype" choices={careSubtypeChoices} validate={v.careSubtype} isRequired />
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="name" validate={v.name} />
      <TextInput source="creditCode" validate={v.creditCode} slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
      <TextInput source="legalRepresentative" validate={v.legalRepresentative} />
      <TextInput source="address" validate={v.address} fullWidth />
      <SelectInput
        source="regionId"
        choices={regions}
        translateChoice={false}
        defaultValue={regions.length === 1 ? regions[0].id : undefined}
        validate={required()}
      />
      {record?.id ? <ProfileInputs /> : null}
    </SimpleForm>
  );
};

const zoneChoices = enumChoices(FUNCTIONAL_ZONES, 'enums.FunctionalZone');
const systemChoices = enumChoices(MANAGEMENT_SYSTEMS, 'enums.ManagementSystem');
const tenureChoices = enumChoices(PREMISES_TENURES, 'enums.Tenure');

/** Premises, zones, systems (and which are posted) and the information system (Xinjiang art. 6(3)–(5), 7(4); annex 2). */
const ProfileInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6">{translate('app.institutions.premises')}</Typography>
      <TextInput source="floorArea" />
      <SelectInput source="tenure" choices={tenureChoices} emptyText="—" />
      <FormDataConsumer>
        {({ formData }) => (formData.tenure === 'leased' ? <DateInput source="leaseEndsOn" validate={required()} /> : null)}
      </FormDataConsumer>
      <CheckboxGroupInput source="zones" choices={zoneChoices} />
      <BooleanInput source="homeVisitKit" />
      <Typography variant="h6">{translate('app.institutions.systems')}</Typography>
      <CheckboxGroupInput source="managementSystems" choices={systemChoices} />
      <FormDataConsumer>
        {({ formData }) => (
          <CheckboxGroupInput
            source="systemsPosted"
            choices={systemChoices.filter((c) => ((formData.managementSystems as string[] | undefined) ?? []).includes(c.id))}
          />
        )}
      </FormDataConsumer>
      <TextInput source="infoSystemName" />
      <BooleanInput source="platformConnected" />
      <BooleanInput source="securityPolicy" />
      <TextInput source="securityOfficer" />
      <BooleanInput source="electronicArchives" />
    </>
  );
};
