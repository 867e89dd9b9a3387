import AssignmentIcon from '@mui/icons-material/AssignmentTurnedIn';
import FlagIcon from '@mui/icons-material/Flag';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./DeclarationList'), 'DeclarationList'),
  show: lazyPage(() => import('./DeclarationShow'), 'DeclarationShow'),
  icon: AssignmentIcon,
  recordRepresentation: 'month',
};

export const auditFlags = {
  list: lazyPage(() => import('./AuditFlagList'), 'AuditFlagList'),
  show: lazyPage(() => import('./AuditFlagShow'), 'AuditFlagShow'),
  icon: FlagIcon,
  recordRepresentation: 'rule',
};
