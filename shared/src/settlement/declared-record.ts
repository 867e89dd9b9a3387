import { CHARGE_CATEGORIES } from '../benefits/params.js';
import type { BilledLine } from '../benefits/quote-types.js';
import { addDays, compareDates, type IsoDate, type IsoMonth, isIsoDate, isIsoMonth, monthOf } from '../core/dates.js';
import { isMoney } from '../core/money.js';
import { Issues, type PolicyIssue } from '../core/result.js';
import { shown } from '../core/shown.js';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** Local time in the region (China has one zone and no daylight saving): `YYYY-MM-DDTHH:mm`. */
export type LocalDateTime = string;

interface RecordBase {
  /** The declaring institution's key for the record: resending a key replaces the record (issue 13). */
  key: string;
  claimantId: string;
  institutionId: string;
  /** Codes of the service items delivered, from the national catalogue as the care plan names them. */
  items: string[];
  lines: BilledLine[];
}

/** One home-care visit (Qinhuangdao art. 31(1)3, 55): the carer, its times and where it checked in. */
export interface DeclaredVisit extends RecordBase {
  kind: 'homeVisit';
  carerId: string;
  start: LocalDateTime;
  end: LocalDateTime;
  checkIn?: GeoPoint;
}

/** Days of institution or community care in the month (Qinhuangdao art. 31(1)1–2), `to` inclusive. */
export interface DeclaredStay extends RecordBase {
  kind: 'careDays';
  from: IsoDate;
  to: IsoDate;
  carerIds: string[];
}

export type DeclaredRecord = DeclaredVisit | DeclaredStay;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since 1970 of a local date-time, or null when it is not one. */
export function minutesOf(value: unknown): number | null {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match || !isIsoDate(match[1])) return null;
  return Date.parse(`${match[1]}T${match[2]}:${match[3]}:00Z`) / 60000;
}

/** The days a record covers: a visit its start day, a stay each day from `from` to `to`. */
export function daysOf(record: DeclaredRecord): IsoDate[] {
  if (record.kind === 'homeVisit') return [record.start.slice(0, 10)];
  const days: IsoDate[] = [];
  for (let d = record.from; compareDates(d, record.to) <= 0; d = addDays(d, 1)) days.push(d);
  return days;
}

function isPoint(p: unknown): p is GeoPoint {
  const q = p as GeoPoint;
  return !!q && typeof q.lat === 'number' && typeof q.lng === 'number' && Math.abs(q.lat) <= 90 && Math.abs(q.lng) <= 180;
}

function checkVisit(r: DeclaredVisit, path: string, month: IsoMonth, issues: Issues): void {
  issues.required(`${path}.carerId`, r.carerId);
  const start = minutesOf(r.start);
  const end = minutesOf(r.end);
  if (start === null) issues.add(`${path}.start`, 'INVALID_DATE', `start must be YYYY-MM-DDTHH:mm, got ${shown(r.start)}`);
  if (end === null) issues.add(`${path}.end`, 'INVALID_DATE', `end must be YYYY-MM-DDTHH:mm, got ${shown(r.end)}`);
  if (start !== null && end !== null && end <= start)
    issues.add(`${path}.end`, 'END_BEFORE_START', `结束时间须晚于开始时间 (the visit must end after it starts): ${r.start} → ${r.end}`);
  if (start !== null && monthOf(r.start.slice(0, 10)) !== month)
    issues.add(`${path}.start`, 'OUTSIDE_MONTH', `服务日期不在申报月份 ${month} 内 (the visit is not in the declared month)`);
  if (r.checkIn !== undefined && !isPoint(r.checkIn))
    issues.add(`${path}.checkIn`, 'OUT_OF_RANGE', 'checkIn must be {lat, lng} in degrees');
}

function checkStay(r: DeclaredStay, path: string, month: IsoMonth, issues: Issues): void {
  const datesOk = isIsoDate(r.from) && isIsoDate(r.to);
  if (!isIsoDate(r.from)) issues.add(`${path}.from`, 'INVALID_DATE', `from must be YYYY-MM-DD, got ${shown(r.from)}`);
  if (!isIsoDate(r.to)) issues.add(`${path}.to`, 'INVALID_DATE', `to must be YYYY-MM-DD, got ${shown(r.to)}`);
  if (datesOk && compareDates(r.to, r.from) < 0)
    issues.add(`${path}.to`, 'END_BEFORE_START', `结束日期早于开始日期 (the stay ends before it starts): ${r.from} → ${r.to}`);
  if (datesOk && (monthOf(r.from) !== month || monthOf(r.to) !== month))
    issues.add(`${path}.from`, 'OUTSIDE_MONTH', `护理天数须在申报月份 ${month} 内 (the days must lie in the declared month)`);
  if (!Array.isArray(r.carerIds)) issues.add(`${path}.carerIds`, 'REQUIRED', 'carerIds must be a list');
}

/**
 * Every problem with a month's declared records, all at once (issue 13 "Bad input"): a visit ending
 * before it starts, days outside the declared month, a key sent twice in one batch, money that is not
 * money. A record that passes may still be flagged by the smart audit; one that fails is not stored.
 */
export function declaredRecordIssues(records: readonly DeclaredRecord[], month: IsoMonth): PolicyIssue[] {
  const issues = new Issues();
  if (!isIsoMonth(month)) return issues.add('month', 'INVALID_DATE', `month must be YYYY-MM, got ${shown(month)}`).list;
  const keys = new Set<string>();
  records.forEach((r, i) => {
    const path = `records.${i}`;
    if (issues.required(`${path}.key`, r?.key)) {
      if (keys.has(r.key)) issues.add(`${path}.key`, 'DUPLICATE_KEY', `记录编号 ${r.key} 在本批次中重复 (key sent twice in one batch)`);
      keys.add(r.key);
    }
    issues.required(`${path}.claimantId`, r?.claimantId);
    issues.required(`${path}.institutionId`, r?.institutionId);
    if (!Array.isArray(r?.items)) issues.add(`${path}.items`, 'REQUIRED', 'items must be a list');
    if (!Array.isArray(r?.lines)) issues.add(`${path}.lines`, 'REQUIRED', 'lines must be a list');
    else
      r.lines.forEach((line, j) => {
        if (!CHARGE_CATEGORIES.includes(line?.category))
          issues.add(`${path}.lines.${j}.category`, 'NOT_ALLOWED', 'unknown charge category');
        if (!isMoney(line?.amount))
          issues.add(`${path}.lines.${j}.amount`, 'INVALID_MONEY', `amount must be money, got ${shown(line?.amount)}`);
      });
    if (r?.kind === 'homeVisit') checkVisit(r, path, month, issues);
    else if (r?.kind === 'careDays') checkStay(r, path, month, issues);
    else issues.add(`${path}.kind`, 'NOT_ALLOWED', 'kind must be homeVisit or careDays');
  });
  return issues.list;
}
