import { accessTable } from './access-table';

/** `virtual:ltci-access` in development and unit tests: the table computed from the rights themselves. */
export default accessTable();
