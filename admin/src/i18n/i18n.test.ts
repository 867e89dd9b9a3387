import chineseMessages from 'ra-language-chinese';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { deepMerge, enMessages, leafKeys, zhMessages } from './messages';
import { zhCN } from './zh-CN';

/** The value at a dotted path, walking the object. */
function at(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('has every English key in Chinese', () => {
    const missing = leafKeys(enMessages).filter((key) => typeof at(zhMessages, key) !== 'string' || at(zhMessages, key) === '');
    expect(missing).toEqual([]);
  });

  it('translates every react-admin key into Chinese (not left in English)', () => {
    const untranslated = leafKeys(englishMessages).filter(
      (key) =>
        at(zhMessages, key) === at(englishMessages, key) && /[a-z]{3}/i.test(String(at(englishMessages, key)).replace(/%\{\w+\}/g, '')),
    );
    expect(untranslated).toEqual([]);
  });

  it('has no application key in Chinese that English lacks, and the same placeholders in both', () => {
    const enKeys = new Set(leafKeys(en));
    const { ra: _reactAdmin, ...app } = zhCN;
    const zhAppKeys = leafKeys(app);
    expect(zhAppKeys.filter((key) => !enKeys.has(key))).toEqual([]);
    for (const key of enKeys) {
      expect(placeholders(String(at(zhCN, key))), key).toEqual(placeholders(String(at(en, key))));
    }
  });

  it('fills the keys the react-admin 2 Chinese pack lacks', () => {
    const gaps = leafKeys(englishMessages).filter((key) => at(chineseMessages, key) === undefined);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((key) => at(zhCN, key) === undefined)).toEqual([]);
  });

  it('deep-merges without losing siblings', () => {
    expect(deepMerge({ a: { b: 1, c: 2 } }, { a: { c: 3 } })).toEqual({ a: { b: 1, c: 3 } });
  });
});
