import TuneIcon from '@mui/icons-material/Tune';
import { lazyPage } from '../common/lazyPage';

/** Not a GraphQL resource: a page of its own, declared as a Resource for the menu and access rules. */
export default { list: lazyPage(() => import('./PolicyDataPage'), 'PolicyDataPage'), icon: TuneIcon };
