import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { createElement } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../common/lazyPage';

const FilingPrint = lazyPage(() => import('./DesignationPrint'), 'DesignationFilingPrint');
const LetterPrint = lazyPage(() => import('./DesignationPrint'), 'DesignationLetterPrint');
const Annex1Print = lazyPage(() => import('./Annex1Print'), 'Annex1Print');
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
    createElement(Route, { key: 'annex1', path: ':id/annex1', element: createElement(Annex1Print) }),
    createElement(Route, { key: 'published', path: 'published', element: createElement(PublishedPrint) }),
  ],
};
