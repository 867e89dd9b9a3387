import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { createElement } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../common/lazyPage';

const FundReportPrint = lazyPage(() => import('./FundReportPrint'), 'FundReportPrint');
const FundIncomeStatementPrint = lazyPage(() => import('./FundIncomeStatementPrint'), 'FundIncomeStatementPrint');

/**
 * Not a list of accounts: the fund dashboard, declared on `FundAccount` for the menu and the access rules;
 * the income and expenditure statement's print view (Qinhuangdao art. 56, 73) beside it.
 */
export default {
  list: lazyPage(() => import('./FundDashboardPage'), 'FundDashboardPage'),
  icon: AccountBalanceIcon,
  children: createElement(Route, { path: 'statement/:regionId/:period', element: createElement(FundIncomeStatementPrint) }),
};

/** A warning's own page (the to-do list links to it) and the art. 58 report it produces, as a print view. */
export const fundWarnings = {
  list: lazyPage(() => import('./FundDashboardPage'), 'FundDashboardPage'),
  show: lazyPage(() => import('./FundWarningShow'), 'FundWarningShow'),
  children: createElement(Route, { path: ':id/report', element: createElement(FundReportPrint) }),
};
