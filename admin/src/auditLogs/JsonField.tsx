import { useRecordContext, useTranslate } from 'react-admin';

/** A JSON value of the record, pretty-printed. */
export const JsonField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (value === undefined || value === null) return <span>{translate('app.auditLogs.empty_json')}</span>;
  return (
    <pre style={{ margin: 0, padding: 8, background: 'rgba(0,0,0,0.04)', borderRadius: 4, fontSize: 13, overflowX: 'auto' }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
};
