import PersonIcon from '@mui/icons-material/AssignmentInd';
import { createElement } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../common/lazyPage';

const ContributionImport = lazyPage(() => import('./ContributionImport'), 'ContributionImport');

export default {
  list: lazyPage(() => import('./ClaimantList'), 'ClaimantList'),
  show: lazyPage(() => import('./ClaimantShow'), 'ClaimantShow'),
  edit: lazyPage(() => import('./ClaimantEdit'), 'ClaimantEdit'),
  create: lazyPage(() => import('./ClaimantCreate'), 'ClaimantCreate'),
  icon: PersonIcon,
  recordRepresentation: 'name',
  // the collection system's monthly file, inside the layout
  children: createElement(Route, { path: 'import', element: createElement(ContributionImport) }),
};
