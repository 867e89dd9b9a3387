import { FunctionField, type RaRecord, useTranslate } from 'react-admin';

/** A text value shown through `<prefix>.<value>` when translated, else as it is. */
export const TranslatedTextField = ({ source, prefix }: { source: string; prefix: string; label?: string; sortable?: boolean }) => {
  const translate = useTranslate();
  return (
    <FunctionField
      source={source}
      render={(record: RaRecord) => {
        const value = record?.[source];
        return value == null ? '' : translate(`${prefix}.${value}`, { _: String(value) });
      }}
    />
  );
};
