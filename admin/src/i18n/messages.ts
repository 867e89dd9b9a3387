import chineseMessages from 'ra-language-chinese';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { agreementMessagesEn, agreementMessagesZh } from '../agreements/messages';
import { assessmentMessagesEn, assessmentMessagesZh } from '../assessments/messages';
import { carePlanMessagesEn, carePlanMessagesZh } from '../carePlans/messages';
import { claimantMessagesEn, claimantMessagesZh } from '../claimants/messages';
import { traceMessagesEn, traceMessagesZh } from '../common/rule-messages';
import { complaintMessagesEn, complaintMessagesZh } from '../complaints/messages';
import { todoMessagesEn, todoMessagesZh } from '../dashboard/messages';
import { errorMessagesEn, errorMessagesZh } from '../dataProvider/messages';
import { declarationMessagesEn, declarationMessagesZh } from '../declarations/messages';
import { designationMessagesEn, designationMessagesZh } from '../designations/messages';
import { fundMessagesEn, fundMessagesZh } from '../fund/messages';
import { fundGrantMessagesEn, fundGrantMessagesZh } from '../fundGrants/messages';
import { institutionMessagesEn, institutionMessagesZh } from '../institutions/messages';
import { scorecardMessagesEn, scorecardMessagesZh } from '../scorecards/messages';
import { settlementMessagesEn, settlementMessagesZh } from '../settlement/messages';
import { recordsMessagesEn, recordsMessagesZh } from '../staff/messages';
import { supervisionMessagesEn, supervisionMessagesZh } from '../supervision/messages';
import { tpaMessagesEn, tpaMessagesZh } from '../tpa/messages';
import { workflowMessagesEn, workflowMessagesZh } from '../workflow/messages';
import { codeMessagesEn, codeMessagesZh } from './codes';
import { en } from './en';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge, later sources winning; never mutates its inputs. */
export function deepMerge(...sources: unknown[]): Tree {
  const result: Tree = {};
  for (const source of sources) {
    if (!isTree(source)) continue;
    for (const [key, value] of Object.entries(source)) {
      result[key] = isTree(value) && isTree(result[key]) ? deepMerge(result[key], value) : isTree(value) ? deepMerge(value) : value;
    }
  }
  return result;
}

/** Every leaf key of a message tree, dotted (`ra.action.save`). */
export function leafKeys(tree: unknown, prefix = ''): string[] {
  if (!isTree(tree)) return [];
  return Object.entries(tree).flatMap(([key, value]) => (isTree(value) ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

/** Messages that a dashboard module keeps beside its pages, English then Chinese (one line each, so that modules merge without conflicts). */
export const MODULE_MESSAGES: [en: unknown, zh: unknown][] = [
  [errorMessagesEn, errorMessagesZh],
  [traceMessagesEn, traceMessagesZh],
  [todoMessagesEn, todoMessagesZh],
  [agreementMessagesEn, agreementMessagesZh],
  [tpaMessagesEn, tpaMessagesZh],
  [workflowMessagesEn, workflowMessagesZh],
  [codeMessagesEn, codeMessagesZh],
  [scorecardMessagesEn, scorecardMessagesZh],
  [complaintMessagesEn, complaintMessagesZh],
  [declarationMessagesEn, declarationMessagesZh],
  [recordsMessagesEn, recordsMessagesZh],
  [institutionMessagesEn, institutionMessagesZh],
  [claimantMessagesEn, claimantMessagesZh],
  [fundMessagesEn, fundMessagesZh],
  [fundGrantMessagesEn, fundGrantMessagesZh],
  [designationMessagesEn, designationMessagesZh],
  [supervisionMessagesEn, supervisionMessagesZh],
  [settlementMessagesEn, settlementMessagesZh],
  [assessmentMessagesEn, assessmentMessagesZh],
  [carePlanMessagesEn, carePlanMessagesZh],
];
const MODULES_EN = MODULE_MESSAGES.map(([en]) => en);
const MODULES_ZH = MODULE_MESSAGES.map(([, zh]) => zh);

export const enMessages = deepMerge(englishMessages, en, ...MODULES_EN) as unknown as TranslationMessages;

/** react-admin's English, then the react-admin 2 Chinese pack, then ours (fills the ~65 missing keys). */
export const zhMessages = deepMerge(englishMessages, chineseMessages, zhCN, ...MODULES_ZH) as unknown as TranslationMessages;
