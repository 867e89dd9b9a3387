/**
 * Product rule (Personal Information Protection Law art. 28, 51: identity numbers are sensitive
 * personal information): an identity number shows its first 3 and last 4 characters; phones are
 * masked by `maskPhone` (users/mask.ts).
 */
export const MASKING_CITATION = 'Product rule: identity numbers and phones are masked (PIPL art. 28, 51)';

function masked(value: string, head: number, tail: number): string {
  const v = value.trim();
  if (v.length <= head + tail) return '*'.repeat(v.length);
  return v.slice(0, head) + '*'.repeat(v.length - head - tail) + v.slice(v.length - tail);
}

export const maskResidentId = (value: string): string => masked(value, 3, 4);
