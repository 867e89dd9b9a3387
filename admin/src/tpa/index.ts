import AssignmentIcon from '@mui/icons-material/AssignmentTurnedIn';
import BusinessIcon from '@mui/icons-material/BusinessCenter';
import PaymentsIcon from '@mui/icons-material/Payments';
import { createElement } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../common/lazyPage';

export const tpaContracts = {
  list: lazyPage(() => import('./TpaContractList'), 'TpaContractList'),
  show: lazyPage(() => import('./TpaContractShow'), 'TpaContractShow'),
  create: lazyPage(() => import('./TpaContractCreate'), 'TpaContractCreate'),
  icon: BusinessIcon,
  recordRepresentation: 'number',
};

const TpaAssessmentPrint = lazyPage(() => import('./TpaAssessmentPrint'), 'TpaAssessmentPrint');
export const tpaAssessments = {
  list: lazyPage(() => import('./TpaAssessmentList'), 'TpaAssessmentList'),
  show: lazyPage(() => import('./TpaAssessmentShow'), 'TpaAssessmentShow'),
  icon: AssignmentIcon,
  recordRepresentation: 'year',
  children: createElement(Route, { path: ':id/print', element: createElement(TpaAssessmentPrint) }),
};

export const tpaFeePayments = {
  list: lazyPage(() => import('./TpaFeePaymentList'), 'TpaFeePaymentList'),
  icon: PaymentsIcon,
};
