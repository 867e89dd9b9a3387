import BusinessIcon from '@mui/icons-material/Business';
import { InstitutionCreate } from './InstitutionCreate';
import { InstitutionEdit } from './InstitutionEdit';
import { InstitutionList } from './InstitutionList';
import { InstitutionShow } from './InstitutionShow';

export default {
  list: InstitutionList,
  show: InstitutionShow,
  edit: InstitutionEdit,
  create: InstitutionCreate,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
