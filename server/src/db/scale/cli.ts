import { parseArgs } from 'node:util';
import { scaleDatabase } from './load.js';
import { SIZES } from './sizes.js';

/** `npm run seed:scale -- --size S|M|L --seed N`: a scale dataset in the scratch database `ltci_bench_<size>`. */
const { values } = parseArgs({ options: { size: { type: 'string', default: 'S' }, seed: { type: 'string', default: '1' } } });
const size = String(values.size).toUpperCase();
if (!(size in SIZES)) {
  console.error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error('--seed must be an integer');
  process.exit(2);
}
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const { url } = await scaleDatabase(server, size as keyof typeof SIZES, seed);
console.log(url);
