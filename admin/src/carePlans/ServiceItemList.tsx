import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import {
  BooleanField,
  Button,
  Datagrid,
  FilterButton,
  List,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useGetList,
  useNotify,
  useTranslate,
} from 'react-admin';
import { JobProgress } from '../common/JobProgress';
import { ServerExportButton } from '../common/ServerExportButton';
import { downloadFromServer } from '../common/serverFiles';
import { useImportJob } from '../common/useImportJob';

/** The administrator imports the official catalogue: the template, the upload, the job's progress and row errors. */
const CatalogueImport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'CareServiceItem', action: 'import' });
  const { jobId, busy, upload } = useImportJob('CareServiceItem');
  if (!canAccess) return null;
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="subtitle1">{translate('app.catalogue.import_title')}</Typography>
        <Typography variant="body2" sx={{ my: 1 }}>
          {translate('app.catalogue.import_rule')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <Button
            label="app.import.template"
            onClick={() =>
              downloadFromServer('/import/CareServiceItem/template', 'template.xlsx').catch((e: Error) =>
                notify(e.message, { type: 'error' }),
              )
            }
          />
          <input
            type="file"
            aria-label={translate('app.import.choose')}
            data-testid="catalogue-file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={busy}
            onChange={(e) => void upload(e.target.files?.[0])}
          />
        </Box>
        {jobId ? <JobProgress key={jobId} jobId={jobId} /> : null}
      </CardContent>
    </Card>
  );
};

/** Says so while the demo excerpt is still the catalogue in use. */
const DemoBanner = () => {
  const translate = useTranslate();
  const { data } = useGetList('CareServiceItem', { pagination: { page: 1, perPage: 200 }, sort: { field: 'id', order: 'ASC' } });
  if (!data?.some((i) => i.demo)) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="catalogue-demo">
      {translate('app.catalogue.demo_banner')}
    </Alert>
  );
};

const filters = [<TextInput key="q" source="q" alwaysOn />, <TextInput key="category" source="category" />];

/** The national LTCI service-item catalogue (Qinhuangdao art. 30; Tumxuk §5(二)). */
export const ServiceItemList = () => (
  <>
    <Box sx={{ mt: 2 }}>
      <DemoBanner />
      <CatalogueImport />
    </Box>
    <List
      exporter={false}
      filters={filters}
      sort={{ field: 'id', order: 'ASC' }}
      perPage={50}
      actions={
        <TopToolbar>
          <FilterButton />
          <ServerExportButton />
        </TopToolbar>
      }
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="id" />
        <TextField source="category" />
        <TextField source="name" />
        <TextField source="content" />
        <BooleanField source="demo" />
      </Datagrid>
    </List>
  </>
);
