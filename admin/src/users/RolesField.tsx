import { useRecordContext, useTranslate } from 'react-admin';

/** A user's roles, translated, in one line. `label` and `sortable` are read by the Datagrid. */
export const RolesField = (_props: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ roles?: string[] }>();
  const translate = useTranslate();
  return <span>{(record?.roles ?? []).map((r) => translate(`enums.Role.${r}`)).join('、')}</span>;
};
