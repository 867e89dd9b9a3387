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
  // title "审计记录 #123": operation and entity type are shown, translated, on the page itself
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
