// Rechecks the surviving *static* (hybrid) mutants of a Stryker JSON report by hand, one at a time:
//   node stryker/recheck-static.mjs reports/mutation/mutation.json [file filter]
// With `--ignoreStatic`, a *hybrid* mutant (reached at import and by some test) is run only against
// the tests Stryker saw reach it, in an environment where the module was already imported: a
// module-level value (e.g. `home-visits.ts` `const DATE = /^(\d{4}-\d{2})-(\d{2})$/`) then keeps its
// unmutated value and its mutants are listed as Survived though `home-visits.test.ts` fails on them
// (`\d{4}` → `\d` fails 24 of its tests). This script writes each surviving static mutant into the
// source, runs the file's own test file and the test files that cover it, restores the source and
// prints KILLED or SURVIVED.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
const only = process.argv[3];
const testFileOf = new Map();
for (const [file, { tests }] of Object.entries(report.testFiles ?? {})) for (const t of tests) testFileOf.set(t.id, file);

function offset(lines, { line, column }) {
  let o = 0;
  for (let i = 0; i < line - 1; i++) o += lines[i].length + 1;
  return o + column - 1;
}

const counts = { KILLED: 0, SURVIVED: 0 };
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  if (only && !file.includes(only)) continue;
  const current = readFileSync(file, 'utf8');
  if (current !== source) {
    console.log(`${file}: changed since the report, skipped`);
    continue;
  }
  const lines = source.split('\n');
  for (const m of mutants) {
    if (m.status !== 'Survived' || !m.static) continue;
    const from = offset(lines, m.location.start);
    const to = offset(lines, m.location.end);
    // A module-level value is computed once, at import: its `coveredBy` names only the test that imported
    // the module first, so the file's own test file is run too.
    const own = file.replace(/\.ts$/, '.test.ts');
    const tests = [...new Set([...(existsSync(own) ? [own] : []), ...(m.coveredBy ?? []).map((id) => testFileOf.get(id)).filter(Boolean)])];
    writeFileSync(file, source.slice(0, from) + m.replacement + source.slice(to));
    try {
      const r = spawnSync('npx', ['vitest', 'run', ...tests], { encoding: 'utf8' });
      const verdict = r.status === 0 ? 'SURVIVED' : 'KILLED';
      if (process.env.DEBUG)
        console.log(
          r.status,
          tests,
          `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.includes('Tests ')),
        );
      counts[verdict]++;
      const code = lines[m.location.start.line - 1].trim().slice(0, 90);
      console.log(
        `${verdict} ${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} → ${JSON.stringify(m.replacement).slice(0, 60)}\n    ${code}`,
      );
    } finally {
      writeFileSync(file, source);
    }
  }
}
console.log(JSON.stringify(counts));
