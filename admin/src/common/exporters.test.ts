import { describe, expect, it } from 'vitest';

// Every dashboard source file, as text (not the tests).
const SOURCES = import.meta.glob(['../**/*.tsx', '../**/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The names a file imports from react-admin. */
function reactAdminImports(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'react-admin'/g))
    for (const part of match[1]!.split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  return names;
}

/** Each `<List …>` opening tag of react-admin's List (not MUI's), with the file it is in. */
function reactAdminLists(): { file: string; tag: string }[] {
  const found: { file: string; tag: string }[] = [];
  for (const [file, source] of Object.entries(SOURCES)) {
    if (!reactAdminImports(source).has('List')) continue;
    // an opening tag runs to the first `>` outside braces
    for (const start of source.matchAll(/<List[\s>]/g)) {
      let depth = 0;
      let end = start.index + 5;
      for (; end < source.length; end++) {
        const ch = source[end];
        if (ch === '{') depth++;
        else if (ch === '}') depth--;
        else if (ch === '>' && depth === 0 && source[end - 1] !== '=') break;
      }
      found.push({ file, tag: source.slice(start.index, end + 1) });
    }
  }
  return found;
}

/**
 * Issue 8, defect 5: no list exports in the browser. react-admin's List has a default exporter (a
 * CSV of raw fields, enum codes and ids, no BOM) and shows its ExportButton unless told not to; every
 * list says `exporter={false}` and exports, where it does, through ServerExportButton (.xlsx).
 */
describe('lists export on the server only', () => {
  it('finds the lists it checks', () => {
    expect(reactAdminLists().length).toBeGreaterThan(20);
  });

  it('every react-admin List turns the browser exporter off (exporter={false})', () => {
    const offenders = reactAdminLists()
      .filter(({ tag }) => !/\bexporter=\{false\}/.test(tag))
      .map(({ file, tag }) => `${file}: ${tag.replace(/\s+/g, ' ').slice(0, 80)}`);
    expect(offenders).toEqual([]);
  });

  it('nothing uses react-admin’s ExportButton, BulkExportButton or its CSV helpers', () => {
    const browserExport = ['ExportButton', 'BulkExportButton', 'downloadCSV', 'jsonexport', 'defaultExporter'];
    const offenders = Object.entries(SOURCES).flatMap(([file, source]) =>
      browserExport
        .filter((name) => reactAdminImports(source).has(name) || new RegExp(`from '${name}'`).test(source))
        .map((name) => `${file}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });
});
