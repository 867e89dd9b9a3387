import type { PolicyIssue } from '../core/result.js';

/** What an administrator may publish (Qinhuangdao art. 73). */
export const PUBLICATION_KINDS = ['institutionDirectory', 'scorecardResult', 'fundYear'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

export const DISCLOSURE_CITATION = 'Qinhuangdao art. 70, 73; PIPL art. 28; Product rule: nothing personal is published';

/** 18-character resident ID numbers and mainland mobile / landline numbers anywhere in a text. */
export const ID_NUMBER_PATTERN = /(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9])/g;
export const PHONE_PATTERN = /(?<![0-9])(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?![0-9])/g;

/** Every string of a value, with its path. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}.${i}`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

/** A publication is refused when any of its texts holds an ID number or a phone number (Qinhuangdao art. 70, 73). */
export function personalDataIssues(content: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (const [path, text] of strings(content, '')) {
    // any ID-number-shaped text is refused, valid check digit or not: safer to over-refuse
    if ([...text.matchAll(ID_NUMBER_PATTERN)].length)
      issues.push({ path, code: 'PUBLICATION_PERSONAL_DATA', message: '公开内容含有身份证号码，不得公开 (contains an ID number)' });
    else if (PHONE_PATTERN.test(text))
      issues.push({ path, code: 'PUBLICATION_PERSONAL_DATA', message: '公开内容含有电话号码，不得公开 (contains a phone number)' });
    PHONE_PATTERN.lastIndex = 0;
  }
  return issues;
}
