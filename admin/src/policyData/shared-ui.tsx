import type { PolicyParameter } from '@ltci/shared';
import { useLocaleState } from 'react-admin';

/** A bilingual label in the user's language. */
export function useLabel() {
  const [locale] = useLocaleState();
  return (label: { zh: string; en: string }) => (locale === 'en' ? label.en : label.zh);
}

/** A parameter's value as text, with a rate also as a percentage. */
export function valueText(value: unknown, unit: PolicyParameter['unit'] | string, notStated: string): string {
  if (value === null || value === undefined) return notStated;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('、');
  if (typeof value === 'object') return '…';
  if (unit === 'rate' && typeof value === 'string') return `${value}（${Number((Number(value) * 100).toFixed(4))}%）`;
  return String(value);
}

/** The HttpError's message, and each field's message, as the page shows them. */
export function errorText(error: unknown): string {
  const e = error as { message?: string; body?: { errors?: Record<string, unknown> } } | null;
  if (!e) return '';
  const fields = e.body?.errors ? Object.values(e.body.errors).filter((v) => typeof v === 'string') : [];
  return [e.message, ...fields].filter(Boolean).join('；');
}
