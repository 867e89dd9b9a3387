/** Whether `id` is a UUID: anything else cannot name a row, and must not reach a `uuid` column as a 500. */
export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
