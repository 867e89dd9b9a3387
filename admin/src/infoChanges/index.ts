import ChangeCircleIcon from '@mui/icons-material/ChangeCircle';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./InfoChangeList'), 'InfoChangeList'),
  show: lazyPage(() => import('./InfoChangeShow'), 'InfoChangeShow'),
  create: lazyPage(() => import('./InfoChangeCreate'), 'InfoChangeCreate'),
  icon: ChangeCircleIcon,
  recordRepresentation: 'approvalDate',
};
