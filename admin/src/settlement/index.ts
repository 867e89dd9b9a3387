import PaymentsIcon from '@mui/icons-material/Payments';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./SettlementRunList'), 'SettlementRunList'),
  show: lazyPage(() => import('./SettlementRunShow'), 'SettlementRunShow'),
  icon: PaymentsIcon,
  recordRepresentation: 'month',
};
