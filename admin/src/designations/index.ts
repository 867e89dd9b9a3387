import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { createElement } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../common/lazyPage';

const FilingPrint = lazyPage(() => import('./DesignationPrint'), 'DesignationFilingPrint');
const LetterPrint = lazyPage(() => import('./DesignationPrint'), 'DesignationLetterPrint');
const PublishedPrint = lazyPage(() => import('./DesignationPrint'), 'DesignationPublishedPrint');

export default {
  list: lazyPage(() => import('./DesignationList'), 'DesignationList'),
  show: lazyPage(() => import('./DesignationShow'), 'DesignationShow'),
  create: lazyPage(() => import('./DesignationCreate'), 'DesignationCreate'),
  icon: AssignmentTurnedInIcon,
  recordRepresentation: 'round',
  // the print views (the print stylesheet hides the rest of the layout)
  children: [
    createElement(Route, { key: 'filing', path: ':id/filing', element: createElement(FilingPrint) }),
    createElement(Route, { key: 'letter', path: ':id/letter', element: createElement(LetterPrint) }),
    createElement(Route, { key: 'published', path: 'published', element: createElement(PublishedPrint) }),
  ],
};
