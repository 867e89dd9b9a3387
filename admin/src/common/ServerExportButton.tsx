import DownloadIcon from '@mui/icons-material/GetApp';
import { useState } from 'react';
import { Button, useListContext, useNotify, useResourceContext } from 'react-admin';
import { downloadFromServer } from './serverFiles';

/**
 * The list's export as the server makes it: an .xlsx of the list's columns with Chinese headers,
 * of the rows the list's current filter and sort select (all pages, in the caller's regions).
 * Replaces react-admin's ExportButton, which exports raw fields in the browser.
 * `name` is the export's address when it is not the resource's (see ListExport.name).
 */
export const ServerExportButton = ({ name }: { name?: string } = {}) => {
  const resource = useResourceContext();
  const { filterValues, sort, total } = useListContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    const params = new URLSearchParams({ filter: JSON.stringify(filterValues ?? {}) });
    if (sort?.field) params.set('sortField', sort.field);
    if (sort?.order) params.set('sortOrder', sort.order);
    try {
      await downloadFromServer(`/export/${name ?? resource}?${params}`, `${resource}.xlsx`);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="app.export.xlsx" onClick={onClick} disabled={busy || total === 0}>
      <DownloadIcon />
    </Button>
  );
};
