import os from 'node:os';
import { type BenefitQuoteInput, qinhuangdaoBenefitParams, quoteBenefit, tumxukBenefitParams } from '../src/index.js';

/**
 * Quotes per second of `quoteBenefit` on one core, over a mix of representative inputs:
 * Qinhuangdao institution care (whole and part month), community care, home care with 10
 * visits, a resident; Tumxuk institution care with the resident bonus and an annual cap.
 */
const q = qinhuangdaoBenefitParams;
const t = tumxukBenefitParams;
const visits = Array.from({ length: 11 }, (_, i) => ({
  date: `2026-09-${String(1 + i * 2 + (i === 5 ? 1 : 0)).padStart(2, '0')}`,
  minutes: i === 3 ? 90 : 130,
  billed: i % 2 ? '120.00' : '100.00',
}));
const cases: [BenefitQuoteInput, typeof q][] = [
  [
    {
      insuredCategory: 'employee',
      careMode: 'institution',
      institutionSubtype: 'medical',
      grade: 5,
      month: '2026-09',
      lines: [
        { category: 'care', amount: '2600.00' },
        { category: 'bed', amount: '900.00' },
        { category: 'meals', amount: '450.00' },
      ],
    },
    q,
  ],
  [
    {
      insuredCategory: 'retiree',
      careMode: 'institution',
      institutionSubtype: 'integrated',
      grade: 4,
      month: '2026-09',
      serviceDays: 17,
      lines: [{ category: 'care', amount: '1300.00' }],
    },
    q,
  ],
  [{ insuredCategory: 'flexible', careMode: 'community', grade: 3, month: '2026-10', lines: [{ category: 'care', amount: '1500.00' }] }, q],
  [{ insuredCategory: 'employee', careMode: 'home', grade: 5, month: '2026-09', lines: [], visits }, q],
  [
    {
      insuredCategory: 'resident',
      careMode: 'institution',
      grade: 4,
      month: '2027-03',
      lines: [{ category: 'care', amount: '3000.00' }],
      annualCap: { perCapitaIncome: '30000.00', paidYearToDate: '2500.00' },
    },
    q,
  ],
  [
    {
      insuredCategory: 'resident',
      careMode: 'institution',
      grade: 5,
      month: '2031-05',
      lines: [
        { category: 'care', amount: '2800.00' },
        { category: 'medicalInsurance', amount: '300.00' },
      ],
      annualCap: { perCapitaIncome: '28000.00', paidYearToDate: '9000.00' },
      consecutiveContributionYears: 4,
    },
    t,
  ],
];

for (const [input, params] of cases) {
  const r = quoteBenefit(input, params);
  if (!r.ok) throw new Error(`bench input rejected: ${JSON.stringify(r.issues)}`);
}

const durationMs = Number(process.env.BENCH_MS ?? 3000);
let quotes = 0;
let sink = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
let now = start;
while (now - start < durationMs) {
  for (let i = 0; i < 600; i++) {
    const [input, params] = cases[i % cases.length];
    const r = quoteBenefit(input, params);
    if (r.ok) sink += r.trace.length;
  }
  quotes += 600;
  now = performance.now();
}
const perSecond = Math.round(quotes / ((now - start) / 1000));
const cpu = process.cpuUsage(cpuStart);
const perCpuSecond = Math.round(quotes / ((cpu.user + cpu.system) / 1e6));
console.log(`quoteBenefit: ${perSecond.toLocaleString('en-US')} quotes/s (${quotes} quotes in ${Math.round(now - start)} ms, one core)`);
console.log(`  ${perCpuSecond.toLocaleString('en-US')} quotes per CPU-second (less sensitive to other load on the machine)`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, ${sink > 0 ? 'traces built' : 'no trace'}`);
if (perSecond < 100_000) console.log('below the 100,000 quotes/s goal');
