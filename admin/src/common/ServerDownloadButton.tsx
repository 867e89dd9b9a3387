import DownloadIcon from '@mui/icons-material/GetApp';
import { useState } from 'react';
import { Button, useNotify } from 'react-admin';
import { downloadFromServer } from './serverFiles';

/**
 * The server's .xlsx of a page that is not a react-admin list (a ranking): `/export/:name` with the
 * page's own filter, the same rows the page shows (ServerExportButton does the same for a list).
 */
export const ServerDownloadButton = ({
  name,
  filter,
  disabled,
  testId,
}: {
  name: string;
  filter: Record<string, unknown>;
  disabled?: boolean;
  testId?: string;
}) => {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      await downloadFromServer(`/export/${name}?${new URLSearchParams({ filter: JSON.stringify(filter) })}`, `${name}.xlsx`);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="app.export.xlsx" onClick={onClick} disabled={busy || disabled} data-testid={testId}>
      <DownloadIcon />
    </Button>
  );
};
