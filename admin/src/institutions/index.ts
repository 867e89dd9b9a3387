import BusinessIcon from '@mui/icons-material/Business';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./InstitutionList'), 'InstitutionList'),
  show: lazyPage(() => import('./InstitutionShow'), 'InstitutionShow'),
  edit: lazyPage(() => import('./InstitutionEdit'), 'InstitutionEdit'),
  create: lazyPage(() => import('./InstitutionCreate'), 'InstitutionCreate'),
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
