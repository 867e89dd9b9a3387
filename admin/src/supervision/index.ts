import FactCheckIcon from '@mui/icons-material/FactCheck';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import ShieldIcon from '@mui/icons-material/Shield';
import { lazyPage } from '../common/lazyPage';

export const inspections = {
  list: lazyPage(() => import('./InspectionList'), 'InspectionList'),
  show: lazyPage(() => import('./InspectionShow'), 'InspectionShow'),
  create: lazyPage(() => import('./InspectionCreate'), 'InspectionCreate'),
  icon: FactCheckIcon,
  recordRepresentation: 'title',
};

export const rectifications = {
  list: lazyPage(() => import('./RectificationList'), 'RectificationList'),
  show: lazyPage(() => import('./RectificationShow'), 'RectificationShow'),
  icon: PlaylistAddCheckIcon,
  recordRepresentation: 'dueOn',
};

/** The supervision dashboard, a page of its own (no `allSupervision` list behind it). */
export const supervision = {
  list: lazyPage(() => import('./SupervisionPage'), 'SupervisionPage'),
  icon: ShieldIcon,
};
