const LONGEST = 80;

/**
 * Any value as text for a message about it. Input comes from JSON a request carried, so it may be
 * anything: `String(value)` and template literals throw on an object without a prototype (what
 * GraphQLJSON makes of a literal), and a list or object prints as `[object Object]`. This never
 * throws and keeps a message short.
 */
export function shown(value: unknown): string {
  const text = whole(value);
  if (text.length <= LONGEST) return text;
  const cut = text.slice(0, LONGEST);
  // Never end on half of a surrogate pair: a lone surrogate cannot be stored as jsonb.
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

function whole(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  } catch {
    return Array.isArray(value) ? 'a list' : 'an object';
  }
}
