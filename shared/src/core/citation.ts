/**
 * Citations are written once, in the short English form the code and its tests use
 * ("Qinhuangdao art. 75", "Tumxuk §5(四)", "Xinjiang art. 22(3); Tumxuk §6(一)"). The Chinese UI
 * shows them as a Chinese reader cites a document: its full title in 《》 and the article in
 * Chinese numerals (《秦皇岛市长期护理保险实施细则》第七十五条). The titles are those of the texts
 * under docs/policy/.
 */
import { productRulesInChinese } from './product-rules.js';

export type CitationLocale = 'zh-CN' | 'en';

export const POLICY_DOCUMENT_TITLES = {
  Qinhuangdao: '秦皇岛市长期护理保险实施细则',
  Tumxuk: '第三师图木舒克市贯彻落实兵团长期护理保险制度的实施方案',
  Xinjiang: '长期护理保险失能等级评估机构定点管理实施细则',
  Tianjin: '天津市长期护理保险委托经办机构考核清算办法',
  Changzhou: '2024年度常州市长护险定点评估机构综合考核内容和评分标准',
} as const;

const NATIONAL_STANDARD = {
  short: 'National standard 医保办发〔2021〕37号',
  zh: '《长期护理失能等级评估标准（试行）》（医保办发〔2021〕37号）',
};

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–9999 in Chinese numerals as articles are numbered: 10 十, 14 十四, 75 七十五, 105 一百零五. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  const units = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const;
  let out = '';
  let rest = n;
  let zero = false;
  for (const [size, name] of units) {
    const digit = Math.floor(rest / size);
    rest %= size;
    if (digit) {
      if (zero) out += '零';
      out += DIGITS[digit] + name;
      zero = false;
    } else if (out) zero = true;
  }
  if (rest) out += (zero ? '零' : '') + DIGITS[rest];
  return out;
}

const cn = (digits: string) => chineseNumeral(Number(digits));
const RANGE = /^(\d+)(?:[–-](\d+))?/;

/** "(2)" or "(二)" → 第（二）项 (of an item: 第（二）目); digits right after it ("(1)1") → 第1目; " ¶2–3" → 第二款至第三款. */
function subdivisions(text: string, itemUnit: string): { zh: string; rest: string } {
  let zh = '';
  let rest = text;
  for (;;) {
    const item = /^\(([0-9]+|[一二三四五六七八九十]+)\)/.exec(rest);
    if (item) {
      zh += `第（${/\d/.test(item[1]!) ? cn(item[1]!) : item[1]}）${itemUnit}`;
      rest = rest.slice(item[0].length);
      const point = /^(\d+)/.exec(rest);
      if (point) {
        zh += `第${point[1]}目`;
        rest = rest.slice(point[0].length);
      }
      continue;
    }
    const paragraph = /^ ?¶(\d+)(?:[–-](\d+))?/.exec(rest);
    if (paragraph) {
      zh += `第${cn(paragraph[1]!)}款${paragraph[2] ? `至第${cn(paragraph[2])}款` : ''}`;
      rest = rest.slice(paragraph[0].length);
      continue;
    }
    return { zh, rest };
  }
}

/** A list of numbered parts ("36, 60–62", "5(二)(四), §6(二)") after a document's name. */
function parts(text: string, unit: string, marker: RegExp): { zh: string; rest: string } {
  const out: string[] = [];
  let rest = text;
  for (;;) {
    const range = RANGE.exec(rest);
    if (!range) break;
    rest = rest.slice(range[0].length);
    // a scorecard's numbered items have sub-items (目); an article's have items (项)
    const sub = subdivisions(rest, unit === '项' ? '目' : '项');
    rest = sub.rest;
    out.push(`第${cn(range[1]!)}${unit}${range[2] ? `至第${cn(range[2])}${unit}` : ''}${sub.zh}`);
    const next = new RegExp(`^, ?(?:${marker.source})?(?=\\d)`).exec(rest);
    if (!next) break;
    rest = rest.slice(next[0].length);
  }
  return { zh: out.join('、'), rest };
}

const REFERENCE: { prefix: RegExp; unit: string; marker: RegExp }[] = [
  { prefix: /^ art\. ?/, unit: '条', marker: /art\. ?/ },
  { prefix: /^ §/, unit: '部分', marker: /§/ },
  { prefix: /^ item /, unit: '项', marker: /item / },
  { prefix: /^ annex /, unit: '附件', marker: /annex / },
];

function documentReference(document: keyof typeof POLICY_DOCUMENT_TITLES, after: string): { zh: string; rest: string } {
  const title = `《${POLICY_DOCUMENT_TITLES[document]}》`;
  for (const { prefix, unit, marker } of REFERENCE) {
    const start = prefix.exec(after);
    if (!start) continue;
    const rest = after.slice(start[0].length);
    if (unit === '附件') {
      const annex = /^(\d+)/.exec(rest);
      if (annex) return { zh: `${title}附件${annex[1]}`, rest: rest.slice(annex[0].length) };
      continue;
    }
    const found = parts(rest, unit, marker);
    if (!found.zh) continue;
    const closing = /^, closing paragraph/.exec(found.rest);
    return closing
      ? { zh: `${title}${found.zh}末段`, rest: found.rest.slice(closing[0].length) }
      : { zh: title + found.zh, rest: found.rest };
  }
  const scorecard = /^ annual scorecard \d{4}/.exec(after);
  return { zh: title, rest: scorecard ? after.slice(scorecard[0].length) : after };
}

const DOCUMENT = new RegExp(`\\b(${Object.keys(POLICY_DOCUMENT_TITLES).join('|')})\\b`);

const PHRASES: [RegExp, string][] = [
  [/Product rule: ?/g, '产品规则：'],
  [/; /g, '；'],
  [/ \/ /g, '；'],
  [/\(after /g, '（参照'],
];

/** A citation as the given UI language shows it: unchanged in English, in the documents' own words in Chinese. */
export function formatCitation(citation: string, locale: CitationLocale | string): string {
  if (!locale.startsWith('zh')) return citation;
  let text = productRulesInChinese(citation).split(NATIONAL_STANDARD.short).join(NATIONAL_STANDARD.zh);
  let out = '';
  for (;;) {
    const match = DOCUMENT.exec(text);
    if (!match) break;
    out += text.slice(0, match.index);
    const reference = documentReference(match[1] as keyof typeof POLICY_DOCUMENT_TITLES, text.slice(match.index + match[0].length));
    out += reference.zh;
    text = reference.rest;
  }
  out += text;
  for (const [pattern, replacement] of PHRASES) out = out.replace(pattern, replacement);
  // a parenthesis opened as "（参照" closes in Chinese too
  return out.replace(/（参照([^()（）]*)\)/g, '（参照$1）');
}
