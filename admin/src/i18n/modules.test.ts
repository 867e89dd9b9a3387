import { describe, expect, it } from 'vitest';
import { RULE_NAMES } from '../common/rule-messages';
import { enMessages, leafKeys, MODULE_MESSAGES, zhMessages } from './messages';

const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), tree);
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('module messages (agreements, to-do, traces, errors)', () => {
  it('has the same keys and placeholders in English and Chinese, none empty', () => {
    for (const [en, zh] of MODULE_MESSAGES) {
      expect(leafKeys(zh).sort()).toEqual(leafKeys(en).sort());
      for (const key of leafKeys(en)) {
        expect(String(at(zh, key)), key).not.toBe('');
        expect(placeholders(String(at(zh, key))), key).toEqual(placeholders(String(at(en, key))));
      }
    }
  });

  it('names every listed rule of a trace in both languages (a rule is never both a name and a prefix)', () => {
    for (const rule of RULE_NAMES) {
      expect(typeof at(enMessages, `rules.${rule}`), rule).toBe('string');
      expect(typeof at(zhMessages, `rules.${rule}`), rule).toBe('string');
    }
  });

  it('labels the service agreement’s states, actions and blocking codes from the shared workflow table', () => {
    expect(at(zhMessages, 'workflow.serviceAgreement.actions.suspend')).toBe('中止协议');
    expect(at(enMessages, 'workflow.serviceAgreement.issues.SAME_PERSON')).toMatch(/second person/);
    expect(at(zhMessages, 'enums.AgreementState.termination_pending')).toBe('解除待审批');
  });
});
