import { describe, expect, it } from 'vitest';
import { enMessages, zhMessages } from './messages';
import { joined, pagesOf, shellOf } from './split';

describe('the first load’s messages and the pages’ (issue 8, first load under 250 kB)', () => {
  it('the two parts together are the whole tree, in both languages', () => {
    for (const tree of [zhMessages, enMessages]) {
      const whole = tree as unknown as Record<string, unknown>;
      expect(joined(shellOf(whole), pagesOf(whole))).toEqual(whole);
    }
  });

  it('the first load keeps what the login page, the layout, the menu and the home page read', () => {
    const shell = shellOf(zhMessages as unknown as Record<string, unknown>) as Record<string, Record<string, unknown>>;
    expect(Object.keys(shell)).toEqual(expect.arrayContaining(['ra', 'app', 'rules', 'enums']));
    expect(shell.resources).toBeUndefined();
    expect(shell.workflow).toBeUndefined();
    expect(Object.keys(shell.enums)).toEqual(['Role']);
    expect((shell.app.menu as Record<string, string>).fund).toBe('基金管理');
    for (const section of ['title', 'dashboard', 'todo', 'trace', 'errors', 'password', 'not_found'])
      expect(shell.app[section], section).toBeDefined();
    expect(shell.app.fund).toBeUndefined();
  });
});
