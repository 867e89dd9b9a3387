import type { Label } from '@ltci/shared';

/** A table of shared bilingual labels as one language's messages. */
export function labelsIn(table: Readonly<Record<string, Label>>, language: keyof Label): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([key, label]) => [key, label[language]]));
}
