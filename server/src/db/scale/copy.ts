import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | null | undefined | object;

/** One value in COPY's text format: NULL as \N, backslash, tab and newlines escaped, objects as JSON. */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * Load rows with `COPY … FROM STDIN` (text format), in chunks of about 1 MB that respect the
 * stream's back-pressure, so memory stays flat however many rows a table gets.
 */
export async function copyRows(client: ClientBase, table: string, columns: string[], rows: Iterable<Cell[]>): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    chunk += `${row.map(cell).join('\t')}\n`;
    count++;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
      chunk = '';
    }
  }
  stream.end(chunk);
  await done;
  return count;
}
