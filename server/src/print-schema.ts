import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { createSchemaForPrinting } from './schema.js';

/** `npm run schema -w server` rewrites server/schema.graphql; a test fails when it is stale. */
export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

export async function printedSchema(): Promise<string> {
  return `${printSchema(await createSchemaForPrinting())}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  writeFileSync(SCHEMA_FILE, await printedSchema());
  console.log(`wrote ${SCHEMA_FILE.pathname}`);
}
