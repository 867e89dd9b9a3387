import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

type Values = Record<string, unknown>;

const asObject = (value: unknown): Values => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Values) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields an entry changed: every field of a creation or deletion, the differing ones of an update. */
export function changedFields(before: unknown, after: unknown): { field: string; before: unknown; after: unknown }[] {
  const b = asObject(before);
  const a = asObject(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.filter((field) => !same(b[field], a[field])).map((field) => ({ field, before: b[field], after: a[field] }));
}

/** Before and after of an audit entry as a table of changed fields, labelled as the object's pages label them. */
export const ChangesTable = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const rows = changedFields(record.before, record.after);
  if (!rows.length) return <Typography variant="body2">{translate('app.auditLogs.no_changes')}</Typography>;
  const shown = (value: unknown) => {
    if (value === undefined || value === null || value === '') return '—';
    if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  return (
    <Table size="small" data-testid="audit-changes">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.auditLogs.field')}</TableCell>
          <TableCell>{translate('resources.AuditLog.fields.before')}</TableCell>
          <TableCell>{translate('resources.AuditLog.fields.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.field}>
            <TableCell>{translate(`resources.${record.entityType}.fields.${row.field}`, { _: row.field })}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{shown(row.before)}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{shown(row.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
