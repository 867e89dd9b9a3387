import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A small titled table: the TPA pages show their nested figures this way. */
export const SmallTable = ({
  title,
  head,
  rows,
  testId,
}: {
  title: ReactNode;
  head: ReactNode[];
  rows: ReactNode[][];
  testId?: string;
}) => (
  <>
    <Typography variant="subtitle1" sx={{ mt: 2 }}>
      {title}
    </Typography>
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          {head.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
            <TableCell key={i}>{h}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows in their given order
          <TableRow key={i}>
            {r.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
              <TableCell key={j}>{c}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </>
);
