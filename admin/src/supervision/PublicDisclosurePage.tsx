import {
  Box,
  Button,
  Card,
  CardContent,
  Container,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { supervisionMessagesEn, supervisionMessagesZh } from './messages';

interface Publication {
  kind: string;
  year: number | null;
  title: string;
  note: string | null;
  content: Record<string, unknown>;
  publishedAt: string;
}
interface Disclosure {
  regions: { id: string; name: string; publications: Publication[] }[];
}

type Rows = Record<string, string | null>[];

const DirectoryTable = ({ rows, t }: { rows: Rows; t: typeof supervisionMessagesZh.app.supervision }) => (
  <Table size="small" data-testid="public-directory">
    <TableHead>
      <TableRow>
        <TableCell>{t.publish_title}</TableCell>
        <TableCell>{t.public_scope}</TableCell>
        <TableCell>{t.public_county}</TableCell>
        <TableCell>{t.public_address}</TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {rows.map((r) => (
        <TableRow key={`${r.name}-${r.address}`}>
          <TableCell>{r.name}</TableCell>
          <TableCell>{r.serviceScope}</TableCell>
          <TableCell>{r.county ?? '—'}</TableCell>
          <TableCell>{r.address}</TableCell>
        </TableRow>
      ))}
    </TableBody>
  </Table>
);

/**
 * The public disclosure page (Qinhuangdao art. 73), outside the login: the directory of designated
 * institutions, the published evaluation results and the fund's year, only as an administrator published them.
 */
export const PublicDisclosurePage = () => {
  const [lang, setLang] = useState<'zh' | 'en'>('zh');
  const [data, setData] = useState<Disclosure | null>(null);
  const [failed, setFailed] = useState(false);
  const messages = lang === 'zh' ? supervisionMessagesZh : supervisionMessagesEn;
  const t = messages.app.supervision;
  useEffect(() => {
    fetch('/api/public/disclosure')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(setData, () => setFailed(true));
  }, []);
  return (
    <Container maxWidth="lg" sx={{ py: 3 }} data-testid="public-page">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="h4">{t.public_title}</Typography>
        <Button onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>{lang === 'zh' ? 'English' : '中文'}</Button>
      </Stack>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t.public_intro}
      </Typography>
      {failed ? <Typography color="error">503</Typography> : null}
      {data && !data.regions.length ? <Typography>{t.public_nothing}</Typography> : null}
      {data?.regions.map((region) => (
        <Box key={region.id} sx={{ mb: 3 }}>
          <Typography variant="h5">{region.name}</Typography>
          {region.publications.map((p) => (
            <Card key={`${p.kind}-${p.year}`} variant="outlined" sx={{ my: 1 }} data-testid={`public-${p.kind}`}>
              <CardContent>
                <Typography variant="h6">{p.title}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {messages.enums.PublicationKind[p.kind as keyof typeof messages.enums.PublicationKind]} · {t.published}{' '}
                  {p.publishedAt.slice(0, 10)}
                </Typography>
                {p.note ? <Typography>{p.note}</Typography> : null}
                {p.kind === 'institutionDirectory' ? <DirectoryTable rows={(p.content.institutions as Rows) ?? []} t={t} /> : null}
                {p.kind === 'scorecardResult'
                  ? ((p.content.results as Rows) ?? []).map((r) => (
                      <Typography key={r.institution}>
                        {r.institution}：{t.public_total} {r.total}
                      </Typography>
                    ))
                  : null}
                {p.kind === 'fundYear' ? (
                  <Typography data-testid="public-fund">
                    {p.year} · {t.public_income} {String(p.content.income)} · {t.public_expenditure} {String(p.content.expenditure)} ·{' '}
                    {t.public_balance} {String(p.content.balance)}
                  </Typography>
                ) : null}
              </CardContent>
            </Card>
          ))}
        </Box>
      ))}
    </Container>
  );
};
