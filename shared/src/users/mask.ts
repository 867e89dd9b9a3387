/**
 * Personal data masked unless deliberately revealed (PIPL art. 51 (三): 采取加密、去标识化等安全技术措施;
 * Product rule: personal data masked): a phone number keeps its first three and last four digits.
 */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 8) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
