import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

export default {
  list: AuditLogList,
  show: AuditLogShow,
  edit: undefined,
  create: undefined,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => `${record.operation} ${record.entityType} #${record.entityId}`,
};
