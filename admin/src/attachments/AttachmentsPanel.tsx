import { ATTACHMENT_CATEGORIES, attachmentCategory, CONTENT_TYPES, previewKind } from '@ltci/shared';
import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/GetApp';
import UploadIcon from '@mui/icons-material/UploadFile';
import PreviewIcon from '@mui/icons-material/Visibility';
import {
  Box,
  IconButton,
  LinearProgress,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { type DragEvent, useRef, useState } from 'react';
import { Confirm, useCanAccess, useDelete, useGetList, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { downloadFromServer, uploadFormToServer } from '../common/serverFiles';
import { AttachmentPreview } from './AttachmentPreview';
import { type AttachmentRow, formatBytes } from './attachmentRow';

export type AttachmentOwnerType =
  | 'Institution'
  | 'ServiceAgreement'
  | 'ScorecardEvent'
  | 'Complaint'
  | 'TpaAssessment'
  | 'FundGrant'
  | 'InspectionFinding'
  | 'AssessmentApplication';

/**
 * The files of the record shown (inside a Show page): drop a file or choose one, with its
 * category; the list, a preview of images and PDFs, download and delete. The server judges each
 * file by its content and the category's size limit; its refusal is shown as it words it.
 */
export const AttachmentsPanel = ({
  ownerType,
  defaultCategory = 'licence',
  uploadAllowed,
}: {
  ownerType: AttachmentOwnerType;
  defaultCategory?: string;
  /** The page knows the user may upload here (TPA staff filing their self-check's evidence). */
  uploadAllowed?: boolean;
}) => {
  const record = useRecordContext();
  const ownerId = record?.id === undefined ? '' : String(record.id);
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [category, setCategory] = useState(defaultCategory);
  const [uploading, setUploading] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [previewed, setPreviewed] = useState<AttachmentRow | null>(null);
  const [deleting, setDeleting] = useState<AttachmentRow | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { canAccess: canCreate } = useCanAccess({ resource: 'Attachment', action: 'create' });
  const canUpload = canCreate || uploadAllowed;
  const { canAccess: canDelete } = useCanAccess({ resource: 'Attachment', action: 'delete' });
  const { data, isPending, refetch } = useGetList<AttachmentRow>(
    'Attachment',
    { filter: { ownerType, ownerId }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!ownerId },
  );
  const [remove] = useDelete<AttachmentRow>();
  const zh = locale.startsWith('zh');
  const chosen = attachmentCategory(category);

  const upload = async (file: File) => {
    const form = new FormData();
    form.append('ownerType', ownerType);
    form.append('ownerId', ownerId);
    form.append('category', category);
    form.append('file', file, file.name);
    setUploading(file.name);
    try {
      await uploadFormToServer('/api/attachments', form);
      notify('app.attachments.uploaded', { type: 'success', messageArgs: { name: file.name } });
      await refetch();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setUploading(null);
      if (input.current) input.current.value = '';
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && canUpload && !uploading) void upload(file);
  };
  const download = (row: AttachmentRow) =>
    downloadFromServer(`/api/attachments/${row.id}`, row.fileName).catch((error: Error) =>
      notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    );
  const confirmDelete = () => {
    if (!deleting) return;
    remove(
      'Attachment',
      { id: deleting.id, previousData: deleting },
      { onSuccess: () => void refetch(), onError: (e) => notify((e as Error).message, { type: 'error' }) },
    );
    setDeleting(null);
  };

  return (
    <Box data-testid="attachments-panel" sx={{ width: '100%' }}>
      {canUpload && (
        <Box
          data-testid="attachment-dropzone"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          sx={{
            border: '2px dashed',
            borderColor: dragging ? 'primary.main' : 'divider',
            bgcolor: dragging ? 'action.hover' : undefined,
            borderRadius: 1,
            p: 2,
            mb: 2,
            display: 'flex',
            gap: 2,
            alignItems: 'center',
            flexWrap: 'wrap',
          }}
        >
          <TextField
            select
            size="small"
            label={translate('app.attachments.category')}
            value={category}
            onChange={(e) => setCategory(e.target.value)}
            sx={{ minWidth: 220 }}
            slotProps={{ select: { inputProps: { 'data-testid': 'attachment-category' } } }}
          >
            {ATTACHMENT_CATEGORIES.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(`enums.AttachmentCategory.${c.id}`)}
              </MenuItem>
            ))}
          </TextField>
          <UploadIcon color="action" />
          <Typography component="span">
            {translate('app.attachments.drop')}{' '}
            <Box component="label" sx={{ color: 'primary.main', cursor: 'pointer', textDecoration: 'underline' }}>
              {translate('app.attachments.choose')}
              <input
                ref={input}
                type="file"
                hidden
                data-testid="attachment-input"
                disabled={!!uploading}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void upload(file);
                }}
              />
            </Box>
          </Typography>
          {chosen && (
            <Typography variant="caption" color="text.secondary" sx={{ width: '100%' }}>
              {translate('app.attachments.limit', {
                types: chosen.types.map((t) => CONTENT_TYPES[t].label[zh ? 'zh' : 'en']).join(zh ? '、' : ', '),
                size: chosen.maxBytes / 1024 / 1024,
              })}
            </Typography>
          )}
          {uploading && (
            <Box sx={{ width: '100%' }}>
              <Typography variant="body2">{translate('app.attachments.uploading', { name: uploading })}</Typography>
              <LinearProgress />
            </Box>
          )}
        </Box>
      )}
      {isPending ? (
        <LinearProgress />
      ) : !data?.length ? (
        <Typography color="text.secondary">{translate('app.attachments.empty')}</Typography>
      ) : (
        <Table size="small" data-testid="attachments-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.attachments.file_name')}</TableCell>
              <TableCell>{translate('app.attachments.category')}</TableCell>
              <TableCell align="right">{translate('app.attachments.size')}</TableCell>
              <TableCell>{translate('app.attachments.uploaded_by')}</TableCell>
              <TableCell>{translate('app.attachments.created_at')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{row.fileName}</TableCell>
                <TableCell>{translate(`enums.AttachmentCategory.${row.category}`)}</TableCell>
                <TableCell align="right">{formatBytes(row.sizeBytes)}</TableCell>
                <TableCell>{row.uploadedByName}</TableCell>
                <TableCell>{new Date(row.createdAt).toLocaleString(locale)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {previewKind(row.contentType) && (
                    <Tooltip title={translate('app.attachments.preview')}>
                      <IconButton size="small" aria-label={translate('app.attachments.preview')} onClick={() => setPreviewed(row)}>
                        <PreviewIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                  <Tooltip title={translate('app.attachments.download')}>
                    <IconButton size="small" aria-label={translate('app.attachments.download')} onClick={() => void download(row)}>
                      <DownloadIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  {canDelete && (
                    <Tooltip title={translate('app.attachments.delete')}>
                      <IconButton size="small" aria-label={translate('app.attachments.delete')} onClick={() => setDeleting(row)}>
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <AttachmentPreview attachment={previewed} onClose={() => setPreviewed(null)} />
      <Confirm
        isOpen={!!deleting}
        title="app.attachments.delete"
        content="app.attachments.confirm_delete"
        translateOptions={{ name: deleting?.fileName ?? '' }}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
};
