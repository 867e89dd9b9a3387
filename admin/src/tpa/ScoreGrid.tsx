import { Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Area, ScoreRow, Unit } from './api';

/**
 * Computed, never typed: the head office's commitment area from the commitments (Tianjin art. 11), and every unit's
 * satisfaction area from its survey (art. 5).
 */
export const computed = (u: Unit, a: Area) => (u.kind === 'headOffice' && a.id === 'commitments') || a.id === 'satisfaction';

export type Scores = Record<string, Record<string, string>>;
export const scoreRows = (units: Unit[], plan: Area[], s: Scores): ScoreRow[] =>
  units.flatMap((u) => plan.filter((a) => !computed(u, a)).map((a) => ({ unitId: u.id, areaId: a.id, score: s[u.id]?.[a.id] ?? '' })));

/** Each area (rows) for each unit (columns): an input in [0, the area's maximum] (Tianjin art. 15). */
export const ScoreGrid = ({
  units,
  plan,
  value,
  onChange,
}: {
  units: Unit[];
  plan: Area[];
  value: Scores;
  onChange: (s: Scores) => void;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.tpa.area')}</TableCell>
          <TableCell>{translate('app.tpa.max')}</TableCell>
          {units.map((u) => (
            <TableCell key={u.id}>{u.name}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {plan.map((a) => (
          <TableRow key={a.id}>
            <TableCell>{a.label}</TableCell>
            <TableCell>{a.max}</TableCell>
            {units.map((u) => (
              <TableCell key={u.id}>
                {computed(u, a) ? (
                  '—'
                ) : (
                  <TextField
                    size="small"
                    value={value[u.id]?.[a.id] ?? ''}
                    onChange={(e) => onChange({ ...value, [u.id]: { ...value[u.id], [a.id]: e.target.value } })}
                    slotProps={{ htmlInput: { 'data-testid': `score-${u.id}-${a.id}`, inputMode: 'decimal', style: { width: 64 } } }}
                  />
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
