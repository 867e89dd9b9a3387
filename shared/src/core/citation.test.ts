import { describe, expect, it } from 'vitest';
import { shippedPacks } from '../policy/packs.js';
import { TODO_KINDS, todoItem, todoTrace } from '../todo/todo.js';
import { WORKFLOWS } from '../workflow/registry.js';
import { chineseNumeral, formatCitation } from './citation.js';

const QHD = '《秦皇岛市长期护理保险实施细则》';
const TUMXUK = '《第三师图木舒克市贯彻落实兵团长期护理保险制度的实施方案》';
const XJ = '《长期护理保险失能等级评估机构定点管理实施细则》';

describe('Product rule: citations in Chinese in the Chinese UI, in English in the English UI (issue 8, defect 8)', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [14, '十四'],
    [20, '二十'],
    [75, '七十五'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
  ])('article %i is 第%s条', (n, zh) => expect(chineseNumeral(n)).toBe(zh));

  it.each([
    ['Qinhuangdao art. 75', `${QHD}第七十五条`],
    ['Qinhuangdao art. 3(二), 10(四)', `${QHD}第三条第（二）项、第十条第（四）项`],
    ['Qinhuangdao art. 18(2)', `${QHD}第十八条第（二）项`],
    ['Qinhuangdao art. 31(1)3', `${QHD}第三十一条第（一）项第3目`],
    ['Qinhuangdao art. 14 ¶2', `${QHD}第十四条第二款`],
    ['Qinhuangdao art. 50 ¶2–3', `${QHD}第五十条第二款至第三款`],
    ['Qinhuangdao art. 36, 60–62; Xinjiang art. 10, 24–25', `${QHD}第三十六条、第六十条至第六十二条；${XJ}第十条、第二十四条至第二十五条`],
    ['Tumxuk §5(四)', `${TUMXUK}第五部分第（四）项`],
    ['Tumxuk §5(二)(四)(六), §6(二)', `${TUMXUK}第五部分第（二）项第（四）项第（六）项、第六部分第（二）项`],
    ['Tumxuk §2, closing paragraph', `${TUMXUK}第二部分末段`],
    ['Xinjiang art. 22(3); Tumxuk §6(一)', `${XJ}第二十二条第（三）项；${TUMXUK}第六部分第（一）项`],
    ['Changzhou item 11(1)', '《2024年度常州市长护险定点评估机构综合考核内容和评分标准》第十一项第（一）目'],
    ['National standard 医保办发〔2021〕37号', '《长期护理失能等级评估标准（试行）》（医保办发〔2021〕37号）'],
    [
      'Product rule: double-entry fund ledger (after Tianjin art. 12)',
      '产品规则：double-entry fund ledger （参照《天津市长期护理保险委托经办机构考核清算办法》第十二条）',
    ],
  ])('%s', (citation, zh) => {
    expect(formatCitation(citation, 'zh-CN')).toBe(zh);
    expect(formatCitation(citation, 'en')).toBe(citation);
  });

  it('every shipped pack version citation reads in Chinese without a Latin document name or "art."', () => {
    const citations = Object.values(shippedPacks).flatMap((pack) => pack.versions.map((v) => v.citation ?? ''));
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) expect(formatCitation(citation, 'zh-CN')).not.toMatch(/art\.|Qinhuangdao|Tumxuk|§/);
  });
});

describe('product rules in the Chinese UI (the to-do list and the workflow actions cite them)', () => {
  it('Xinjiang art. 10 / Product rule: the agreement-expiry reminder reads wholly in Chinese', () => {
    expect(formatCitation('Xinjiang art. 10; Product rule: reminders 60 days before an agreement expires', 'zh-CN')).toBe(
      '《长期护理保险失能等级评估机构定点管理实施细则》第十条；产品规则：服务协议到期前60日提醒',
    );
    expect(formatCitation('Product rule: reminders 60 days before an agreement expires', 'en')).toBe(
      'Product rule: reminders 60 days before an agreement expires',
    );
  });

  it('Qinhuangdao art. 56 / Product rule: a rule’s own article is still cited as the document', () => {
    expect(
      formatCitation('Product rule: maker-checker, the approver of a reversal is not its proposer (Qinhuangdao art. 56 岗位责任)', 'zh-CN'),
    ).toBe('产品规则：经办与审批分离，冲正的审批人不得为申请人（《秦皇岛市长期护理保险实施细则》第五十六条 岗位责任）');
  });

  it('every citation of the to-do kinds, their trace and the workflow tables has no English left in Chinese', () => {
    const item = todoItem('agreementExpiry', { resource: 'ServiceAgreement', id: 'a' }, '2026-12-31', '2026-12-01');
    const citations = [
      ...Object.values(TODO_KINDS).map((k) => k.citation),
      ...todoTrace(item, '2026-12-01').map((s) => s.citation),
      ...WORKFLOWS.flatMap((w) => w.transitions.flatMap((t) => [t.citation, ...(t.guards ?? []).map((g) => g.citation)])),
    ];
    for (const c of citations) expect(formatCitation(c, 'zh-CN'), c).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('an unknown product rule keeps its text behind the Chinese heading', () => {
    expect(formatCitation('Product rule: something new', 'zh-CN')).toBe('产品规则：something new');
  });
});
