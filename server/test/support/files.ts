import { creditCodeCheckChar } from '@ltci/shared';
import ExcelJS from 'exceljs';

let serial = 5_000_000;
/** A fresh valid credit code (GB 32100-2015 check character computed by the shared rule). */
export function importCreditCode(): string {
  const first17 = `91130300MA${String(serial++).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

export const IMPORT_HEADER = ['机构类型', '护理机构类别', '机构名称', '统一社会信用代码', '法定代表人', '地址', '统筹地区'];

/** Valid rows in the template's columns. */
export function importRows(n: number, tag = '导入'): string[][] {
  return Array.from({ length: n }, (_, i) => [
    '护理服务机构',
    '养老机构',
    `${tag}测试颐养院${i + 1}号`,
    importCreditCode(),
    '测试人',
    `秦皇岛市海港区测试路${i + 1}号`,
    '秦皇岛市',
  ]);
}

export function csv(rows: string[][]): Buffer {
  const text = rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

export async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('导入').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
