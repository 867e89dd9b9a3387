import { lastDayOf } from '@ltci/shared';
import DownloadIcon from '@mui/icons-material/GetApp';
import { IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { downloadFromServer } from '../common/serverFiles';

/** One account's postings of a month as .xlsx (Qinhuangdao art. 56, 73), streamed by the server's list export. */
export const StatementExportButton = ({ regionId, accountId, month }: { regionId: string; accountId: string; month: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    const filter = { regionId, accountId, from: `${month}-01`, to: lastDayOf(month) };
    const params = new URLSearchParams({ filter: JSON.stringify(filter), sortField: 'date', sortOrder: 'ASC' });
    try {
      await downloadFromServer(`/export/FundPosting?${params}`, `statement-${month}.xlsx`);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={`${translate('app.fund.export')} ${month}`}>
      <span>
        <IconButton
          size="small"
          onClick={onClick}
          disabled={busy}
          aria-label={`${translate('app.fund.export')} ${month}`}
          data-testid="statement-export"
        >
          <DownloadIcon fontSize="inherit" />
        </IconButton>
      </span>
    </Tooltip>
  );
};
