import { useRefresh } from 'react-admin';
import { ImportButton } from '../common/ImportButton';

/** Import institutions from .xlsx or .csv: the template, the upload, and the job's progress and errors by row and column. */
export const InstitutionImportButton = () => {
  const refresh = useRefresh();
  return <ImportButton kind="Institution" label="app.import.button" title="app.import.title" rule="app.import.rule" onClose={refresh} />;
};
