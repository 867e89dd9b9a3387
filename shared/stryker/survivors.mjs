// Lists the mutants no test noticed, from a Stryker JSON report: `node stryker/survivors.mjs [report.json]`.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  const lines = source.split('\n');
  for (const m of mutants) {
    counts[m.status] = (counts[m.status] ?? 0) + 1;
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    const { line, column } = m.location.start;
    const code = lines[line - 1].trim().slice(0, 110);
    console.log(
      `${file}:${line}:${column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '').slice(0, 80)}\n    ${code}`,
    );
  }
}
const detected = counts.Killed + counts.Timeout;
const valid = detected + counts.Survived + counts.NoCoverage;
console.log(JSON.stringify(counts), `score ${valid ? ((100 * detected) / valid).toFixed(2) : '—'}% of ${valid}`);
