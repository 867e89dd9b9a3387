import { Alert, Box, Card, CardContent, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { ExplainedFigure, type TraceStepLike } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';

const MY_TODOS = `{ myTodos { kind label labelEn record { resource id title } dueDate daysLeft colour citation citationZh packVersion
  trace { rule citation inputs output interpretation note } } }`;

export interface TodoRow {
  kind: string;
  label: string;
  labelEn: string;
  record: { resource: string; id: string; title: string | null };
  dueDate: string;
  daysLeft: number;
  colour: 'red' | 'orange' | 'yellow' | 'green';
  citation: string;
  /** the citation as the Chinese UI words it, from the server: the home page loads no citation table */
  citationZh: string;
  packVersion: string | null;
  trace: TraceStepLike[];
}

/** Product rule: overdue red, up to 7 days orange, up to 30 yellow, more green (TODO_COLOUR_THRESHOLDS). */
const COLOURS: Record<TodoRow['colour'], string> = { red: '#d32f2f', orange: '#ed6c02', yellow: '#f9a825', green: '#2e7d32' };

/** The caller's to-do list (待办), computed by the server from the data when the home page asks. */
export const TodoWidget = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, isPending } = useQuery({
    queryKey: ['myTodos'],
    queryFn: () => requestGraphQL<{ myTodos: TodoRow[] }>(MY_TODOS).then((d) => d.myTodos),
  });
  return (
    <Card sx={{ mb: 2 }} data-testid="todos">
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {translate('app.todo.title')}
        </Typography>
        {error ? <Alert severity="error">{(error as Error).message}</Alert> : null}
        {!isPending && data?.length === 0 ? <Typography>{translate('app.todo.empty')}</Typography> : null}
        <List dense>
          {(data ?? []).map((t) => {
            const days =
              t.daysLeft < 0
                ? translate('app.todo.overdue', { smart_count: -t.daysLeft })
                : translate('app.todo.days_left', { smart_count: t.daysLeft });
            return (
              <ListItem
                key={`${t.kind}:${t.record.id}`}
                divider
                data-testid="todo-item"
                data-colour={t.colour}
                sx={{ borderLeft: 6, borderColor: COLOURS[t.colour], pl: 1.5 }}
              >
                <ListItemText
                  primary={
                    <Link to={`/${t.record.resource}/${t.record.id}/show`}>
                      {locale === 'en' ? t.labelEn : t.label}：{t.record.title ?? t.record.id}
                    </Link>
                  }
                  secondary={`${translate('app.todo.due')} ${t.dueDate} · ${locale.startsWith('zh') ? t.citationZh : t.citation}`}
                />
                <Box sx={{ ml: 2, whiteSpace: 'nowrap' }}>
                  <ExplainedFigure
                    value={<Chip size="small" label={days} sx={{ bgcolor: COLOURS[t.colour], color: 'white' }} />}
                    title={`${locale === 'en' ? t.labelEn : t.label}：${t.record.title ?? ''} · ${days}`}
                    trace={t.trace}
                    packVersion={t.packVersion}
                  />
                </Box>
              </ListItem>
            );
          })}
        </List>
      </CardContent>
    </Card>
  );
};
