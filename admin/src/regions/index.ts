import MapIcon from '@mui/icons-material/Map';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./RegionList'), 'RegionList'),
  show: lazyPage(() => import('./RegionShow'), 'RegionShow'),
  edit: lazyPage(() => import('./RegionEdit'), 'RegionEdit'),
  icon: MapIcon,
  recordRepresentation: 'name',
};

export const counties = { edit: lazyPage(() => import('./CountyEdit'), 'CountyEdit'), recordRepresentation: 'name' };
