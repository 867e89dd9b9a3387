import ReportIcon from '@mui/icons-material/ReportProblem';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./ComplaintList'), 'ComplaintList'),
  show: lazyPage(() => import('./ComplaintShow'), 'ComplaintShow'),
  edit: lazyPage(() => import('./ComplaintEdit'), 'ComplaintEdit'),
  create: lazyPage(() => import('./ComplaintCreate'), 'ComplaintCreate'),
  icon: ReportIcon,
  recordRepresentation: 'complainant',
};
