import BadgeIcon from '@mui/icons-material/Badge';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./AssessorPoolList'), 'AssessorPoolList'),
  edit: lazyPage(() => import('./StaffEdit'), 'StaffEdit'),
  create: lazyPage(() => import('./StaffCreate'), 'StaffCreate'),
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
