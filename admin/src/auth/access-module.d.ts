/** The access table of `src/auth/access-table.ts`, served as data (vite.config.ts `accessAsData`). */
declare module 'virtual:ltci-access' {
  import type { AccessTable } from './access-table';

  const table: AccessTable;
  export default table;
}
