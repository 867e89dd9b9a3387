import { useQueryClient } from '@tanstack/react-query';
import { ImportButton } from '../common/ImportButton';

/** Import the tax authority's monthly collection file (Qinhuangdao art. 51) as a job: template, upload, progress, errors by row. */
export const FundIncomeImportButton = () => {
  const client = useQueryClient();
  return (
    <ImportButton
      kind="FundIncome"
      label="app.fund.import"
      title="app.fund.import_title"
      rule="app.fund.import_rule"
      testId="fund-import"
      onClose={() => void client.invalidateQueries({ queryKey: ['fund'] })}
    />
  );
};
