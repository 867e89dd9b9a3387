import ExcelJS from 'exceljs';

/** A spreadsheet's cells as text: `header` is row 1, `rows[i]` is the file's row i + 2. */
export interface TableFile {
  header: string[];
  rows: string[][];
}

export class TableFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Read an .xlsx (by its content: a zip) or a .csv (UTF-8, with or without BOM, or GB18030 as Excel on Chinese Windows saves it). */
export async function readTableFile(bytes: Buffer): Promise<TableFile> {
  const table = bytes.subarray(0, 4).equals(ZIP) ? await readXlsx(bytes) : readCsv(decodeText(bytes));
  const [header = [], ...rows] = table.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (!header.length) throw new TableFileError('EMPTY_FILE', '文件为空，没有表头');
  return { header: header.map((h) => h.trim()), rows };
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TableFileError('UNREADABLE_FILE', '无法读取该 Excel 文件，请另存为 .xlsx 后重试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableFileError('EMPTY_FILE', '文件中没有工作表');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
  }
  return String(value);
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}
