import BlockIcon from '@mui/icons-material/Block';
import ChecklistIcon from '@mui/icons-material/Checklist';
import MedicalServicesIcon from '@mui/icons-material/MedicalServices';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./CarePlanList'), 'CarePlanList'),
  show: lazyPage(() => import('./CarePlanShow'), 'CarePlanShow'),
  create: lazyPage(() => import('./CarePlanCreate'), 'CarePlanCreate'),
  icon: MedicalServicesIcon,
};

/** The national service-item catalogue, imported by the administrator (Qinhuangdao art. 30). */
export const careServiceItems = {
  list: lazyPage(() => import('./ServiceItemList'), 'ServiceItemList'),
  icon: ChecklistIcon,
  recordRepresentation: 'name',
};

/** Sanctions on claimants (Qinhuangdao art. 69, 71). */
export const claimantSanctions = {
  show: lazyPage(() => import('./SanctionShow'), 'SanctionShow'),
  icon: BlockIcon,
};
