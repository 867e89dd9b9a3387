import { SelectField, useRecordContext, useTranslate } from 'react-admin';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import { statusChoices } from '../domain';

/** The status derived from the institution's agreements, with the trace the server stored beside it. */
export const InstitutionStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ status: string; statusTrace?: TraceStepLike[] | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const field = <SelectField source="status" choices={statusChoices} />;
  if (!record.statusTrace?.length) return field;
  return (
    <ExplainedFigure
      value={field}
      trace={record.statusTrace}
      title={translate(`enums.InstitutionStatus.${record.status}`, { _: record.status })}
    />
  );
};
