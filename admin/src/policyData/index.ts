import TuneIcon from '@mui/icons-material/Tune';
import { PolicyDataPage } from './PolicyDataPage';

/** Not a GraphQL resource: a page of its own, declared as a Resource for the menu and access rules. */
export default { list: PolicyDataPage, icon: TuneIcon };
