import { previewKind } from '@ltci/shared';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { blobFromServer } from '../common/serverFiles';
import type { AttachmentRow } from './attachmentRow';

/**
 * An image or a PDF shown in the page: fetched with the session's token (every view is an audited
 * download on the server) and shown from a blob URL, revoked when the dialog closes.
 */
export const AttachmentPreview = ({ attachment, onClose }: { attachment: AttachmentRow | null; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [url, setUrl] = useState<string | null>(null);
  const kind = attachment ? previewKind(attachment.contentType) : null;

  useEffect(() => {
    if (!attachment || !kind) return;
    let objectUrl: string | null = null;
    let cancelled = false;
    blobFromServer(`/api/attachments/${attachment.id}`).then(
      (blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [attachment, kind, notify]);

  return (
    <Dialog open={!!attachment} onClose={onClose} maxWidth="lg" fullWidth data-testid="attachment-preview">
      <DialogTitle>{attachment?.fileName}</DialogTitle>
      <DialogContent>
        {!kind && <Typography>{translate('app.attachments.no_preview')}</Typography>}
        {kind === 'image' && url && (
          <Box
            component="img"
            src={url}
            alt={attachment?.fileName}
            sx={{ maxWidth: '100%', maxHeight: '75vh', display: 'block', mx: 'auto' }}
          />
        )}
        {kind === 'pdf' && url && (
          <Box component="iframe" src={url} title={attachment?.fileName} sx={{ width: '100%', height: '75vh', border: 0 }} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('app.attachments.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
