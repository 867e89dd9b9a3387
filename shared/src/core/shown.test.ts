import { describe, expect, it } from 'vitest';
import { Issues } from './result.js';
import { shown } from './shown.js';
import { requireRecord, requireRecordList, requireText } from './validate.js';

const codes = (issues: Issues) => issues.list.map((i) => `${i.path}:${i.code}`);

describe('Product rule: a message prints any value a request carried, and never throws', () => {
  it('prints text, numbers, booleans, null and undefined as String does', () => {
    expect([shown('2026-02-30'), shown(12.5), shown(Number.NaN), shown(true), shown(null), shown(undefined)]).toEqual([
      '2026-02-30',
      '12.5',
      'NaN',
      'true',
      'null',
      'undefined',
    ]);
  });

  it('prints an object without a prototype (a GraphQL literal), on which String throws, as JSON', () => {
    const literal = Object.assign(Object.create(null), { amount: '1.00' });
    expect(() => String(literal)).toThrow(TypeError);
    expect(shown(literal)).toBe('{"amount":"1.00"}');
    expect(shown([Object.create(null)])).toBe('[{}]');
  });

  it('prints a symbol, a function, a BigInt and a cycle without throwing', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(shown(Symbol('x'))).toBe('Symbol(x)');
    expect(shown(() => 1)).toBe('a function');
    expect(shown({ n: 10n })).toBe('{"n":"10"}');
    expect(shown(cycle)).toBe('an object');
    expect(shown([cycle])).toBe('a list');
  });

  it('cuts a long value to 80 characters and an ellipsis, never inside a surrogate pair', () => {
    expect(shown('x'.repeat(1000))).toBe(`${'x'.repeat(80)}…`);
    const cut = shown(`${'x'.repeat(79)}😀😀`);
    expect(cut).toBe(`${'x'.repeat(79)}…`);
    expect(shown('x'.repeat(80))).toBe('x'.repeat(80));
  });
});

describe('Product rule: an entry point refuses what is not an object before reading a field', () => {
  it('REQUIRED for nothing, NOT_ALLOWED for a list, a text or a number, accepted for an object without a prototype', () => {
    const issues = new Issues();
    const results = [null, undefined, [], 'x', 3, {}, Object.create(null)].map((v, i) => requireRecord(issues, `v${i}`, v));
    expect(results).toEqual([false, false, false, false, false, true, true]);
    expect(codes(issues)).toEqual(['v0:REQUIRED', 'v1:REQUIRED', 'v2:NOT_ALLOWED', 'v3:NOT_ALLOWED', 'v4:NOT_ALLOWED']);
  });

  it('a list must be a list of objects: REQUIRED for no list, NOT_ALLOWED at each item that is not an object', () => {
    const issues = new Issues();
    expect(requireRecordList(issues, 'lines', { 0: {} })).toBe(false);
    expect(requireRecordList(issues, 'lines', [{}, null, [1], Object.create(null)])).toBe(false);
    expect(requireRecordList(issues, '', [3])).toBe(false);
    expect(requireRecordList(issues, '', 'x')).toBe(false);
    expect(requireRecordList(issues, 'lines', [{ a: 1 }])).toBe(true);
    expect(codes(issues)).toEqual(['lines:REQUIRED', 'lines.1:NOT_ALLOWED', 'lines.2:NOT_ALLOWED', '0:NOT_ALLOWED', ':REQUIRED']);
    expect(issues.list.at(-1)?.message).toBe('input must be a list, got x');
  });

  it('an id is text: REQUIRED when empty or missing, NOT_ALLOWED for a number or an object', () => {
    const issues = new Issues();
    expect(['A', '', undefined, 7, Object.create(null)].map((v, i) => requireText(issues, `id${i}`, v))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(codes(issues)).toEqual(['id1:REQUIRED', 'id2:REQUIRED', 'id3:NOT_ALLOWED', 'id4:NOT_ALLOWED']);
  });
});
