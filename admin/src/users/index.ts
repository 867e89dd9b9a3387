import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./UserList'), 'UserList'),
  show: lazyPage(() => import('./UserShow'), 'UserShow'),
  edit: lazyPage(() => import('./UserEdit'), 'UserEdit'),
  create: lazyPage(() => import('./UserCreate'), 'UserCreate'),
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
