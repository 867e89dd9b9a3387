import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./AuditLogList'), 'AuditLogList'),
  show: lazyPage(() => import('./AuditLogShow'), 'AuditLogShow'),
  edit: undefined,
  create: undefined,
  icon: HistoryIcon,
  // title "审计记录 #123": operation and entity type are shown, translated, on the page itself
  recordRepresentation: (record: RaRecord) => `#${record.id}`,
};
