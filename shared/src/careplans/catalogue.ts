import type { PolicyIssue } from '../core/result.js';

/** One item of the national LTCI service-item catalogue (国家统一的长护险服务项目目录, Qinhuangdao art. 30; Tumxuk §5(二)). */
export interface ServiceItem {
  code: string;
  category: string;
  name: string;
  content: string;
}

export const SERVICE_ITEM_CITATION =
  'Qinhuangdao art. 30; Tumxuk §5(二): 严格执行国家统一制定的长期护理保险服务项目目录、项目内涵和服务要求';

/**
 * A small demo excerpt, shipped so that care plans can be drafted before the administrator imports
 * the official catalogue; every row is stored marked `demo` and the dashboard says so. Importing a
 * catalogue file retires the demo rows it does not contain.
 */
export const DEMO_SERVICE_ITEMS: readonly ServiceItem[] = [
  { code: 'H01', category: '基本生活照料', name: '头面部清洁、梳理', content: '洗脸、洗头、梳头、剃须（演示目录）' },
  { code: 'H02', category: '基本生活照料', name: '协助进食/水', content: '协助或喂食、喂水，观察吞咽（演示目录）' },
  { code: 'H03', category: '基本生活照料', name: '协助如厕', content: '协助如厕、使用便器、更换纸尿裤（演示目录）' },
  { code: 'H04', category: '基本生活照料', name: '床上擦浴', content: '全身或局部擦浴，更换衣物（演示目录）' },
  { code: 'H05', category: '基本生活照料', name: '协助翻身叩背', content: '定时翻身、叩背排痰（演示目录）' },
  { code: 'H06', category: '常用临床护理', name: '压疮预防护理', content: '皮肤评估、减压、体位摆放（演示目录）' },
  { code: 'J01', category: '机构护理', name: '机构日常生活照料', content: '机构内全日生活照料（演示目录）' },
  { code: 'J02', category: '机构护理', name: '机构医疗护理', content: '机构内常用临床护理（演示目录）' },
];

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;

/** A catalogue row as imported: a code of letters and digits, a category, a name and its content (项目内涵). */
export function serviceItemIssues(row: Partial<Record<keyof ServiceItem, unknown>>): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const text = (path: keyof ServiceItem, max: number, label: string) => {
    const v = row[path];
    if (typeof v !== 'string' || !v.trim()) issues.push({ path, code: 'REQUIRED', message: `请填写${label} (${path} required)` });
    else if (v.trim().length > max) issues.push({ path, code: 'TOO_LONG', message: `${label}不能超过 ${max} 个字 (${path} too long)` });
  };
  if (typeof row.code !== 'string' || !CODE.test(row.code.trim()))
    issues.push({ path: 'code', code: 'INVALID_CODE', message: '项目编码须为 1–20 位字母、数字 (code: letters and digits)' });
  text('category', 50, '项目类别');
  text('name', 100, '项目名称');
  text('content', 1000, '服务内容');
  return issues;
}
