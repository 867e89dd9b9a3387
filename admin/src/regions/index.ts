import MapIcon from '@mui/icons-material/Map';
import { CountyEdit } from './CountyEdit';
import { RegionEdit } from './RegionEdit';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export default { list: RegionList, show: RegionShow, edit: RegionEdit, icon: MapIcon, recordRepresentation: 'name' };

export const counties = { edit: CountyEdit, recordRepresentation: 'name' };
