import HandshakeIcon from '@mui/icons-material/Handshake';
import { createElement } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../common/lazyPage';

const AgreementPrint = lazyPage(() => import('./AgreementPrint'), 'AgreementPrint');

export default {
  list: lazyPage(() => import('./AgreementList'), 'AgreementList'),
  show: lazyPage(() => import('./AgreementShow'), 'AgreementShow'),
  edit: lazyPage(() => import('./AgreementEdit'), 'AgreementEdit'),
  create: lazyPage(() => import('./AgreementCreate'), 'AgreementCreate'),
  icon: HandshakeIcon,
  recordRepresentation: 'number',
  // the print view of one agreement, inside the layout (the print stylesheet hides the rest)
  children: createElement(Route, { path: ':id/print', element: createElement(AgreementPrint) }),
};
