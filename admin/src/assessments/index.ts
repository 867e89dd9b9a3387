import AssessmentIcon from '@mui/icons-material/FactCheck';
import { createElement } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../common/lazyPage';

const ConclusionLetter = lazyPage(() => import('./ConclusionLetter'), 'ConclusionLetter');

export default {
  list: lazyPage(() => import('./ApplicationList'), 'ApplicationList'),
  show: lazyPage(() => import('./ApplicationShow'), 'ApplicationShow'),
  icon: AssessmentIcon,
  // the conclusion letter as an official document, inside the layout (the print stylesheet hides the rest)
  children: createElement(Route, { path: ':id/letter', element: createElement(ConclusionLetter) }),
};
