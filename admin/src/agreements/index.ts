import HandshakeIcon from '@mui/icons-material/Handshake';
import { createElement } from 'react';
import { Route } from 'react-router';
import { AgreementCreate } from './AgreementCreate';
import { AgreementEdit } from './AgreementEdit';
import { AgreementList } from './AgreementList';
import { AgreementPrint } from './AgreementPrint';
import { AgreementShow } from './AgreementShow';

export default {
  list: AgreementList,
  show: AgreementShow,
  edit: AgreementEdit,
  create: AgreementCreate,
  icon: HandshakeIcon,
  recordRepresentation: 'number',
  // the print view of one agreement, inside the layout (the print stylesheet hides the rest)
  children: createElement(Route, { path: ':id/print', element: createElement(AgreementPrint) }),
};
