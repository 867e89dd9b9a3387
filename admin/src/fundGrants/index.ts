import SavingsIcon from '@mui/icons-material/Savings';
import { lazyPage } from '../common/lazyPage';

/** Subsidies and donations (Qinhuangdao art. 50 ¶1, 51; art. 15): entered with their document, posted on a second person's approval. */
export default {
  list: lazyPage(() => import('./FundGrantList'), 'FundGrantList'),
  show: lazyPage(() => import('./FundGrantShow'), 'FundGrantShow'),
  create: lazyPage(() => import('./FundGrantCreate'), 'FundGrantCreate'),
  icon: SavingsIcon,
  recordRepresentation: 'documentRef',
};
