import AssessmentIcon from '@mui/icons-material/Assessment';
import { createElement } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../common/lazyPage';

const ScorecardRanking = lazyPage(() => import('./ScorecardRanking'), 'ScorecardRanking');

export default {
  list: lazyPage(() => import('./ScorecardList'), 'ScorecardList'),
  show: lazyPage(() => import('./ScorecardShow'), 'ScorecardShow'),
  create: lazyPage(() => import('./ScorecardCreate'), 'ScorecardCreate'),
  icon: AssessmentIcon,
  recordRepresentation: 'year',
  // the comparison of every institution of a region and year
  children: createElement(Route, { path: 'ranking', element: createElement(ScorecardRanking) }),
};
