import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { DeclaredRecordKindEnum, InspectionResultEnum } from './declaration-enums.js';

/** PostgreSQL `timestamp` ↔ `YYYY-MM-DDTHH:mm` local time, never through a JS Date (no zone shift). */
function localTime_from(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}T${p(v.getHours())}:${p(v.getMinutes())}`;
  }
  return String(v).replace(' ', 'T').slice(0, 16);
}
const localTime = { to: (v: string | null | undefined) => v ?? null, from: localTime_from };

/**
 * A billed line of a declared record (amount NUMERIC). The settlement reads `category` and
 * `amount` of each line into the quote (`BilledLine`: excluded categories are never paid).
 */
@ObjectType({ description: '申报费用明细' })
@Entity('declared_record_lines')
export class DeclaredRecordLine {
  @PrimaryColumn({ type: 'uuid', name: 'record_id' })
  recordId: string;

  @Field()
  @PrimaryColumn({ type: 'int', name: 'line_no' })
  lineNo: number;

  @Field({ description: '费用类别' })
  @Column({ type: 'text' })
  category: string;

  @Field({ description: '金额（元）' })
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/**
 * One declared record (shared `DeclaredRecord`): a home visit or a run of care days, keyed per
 * institution + month + `key` (resending the key replaces it while the declaration is a draft).
 * The settlement reads: `claimantId`, `kind`, `startAt`/`endAt` (visit minutes and day),
 * `fromDate`/`toDate` (days in care), `items`, its lines, `billedAmount`, and the flags' decisions.
 * Photos are attachments with owner type `DeclaredRecord`.
 */
@ObjectType('DeclaredRecord', { description: '申报服务记录' })
@Entity('declared_records')
@regionScoped('申报服务记录', { countyColumn: 'county_id' })
export class DeclaredRecordRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'declaration_id' })
  declarationId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field()
  @Column({ type: 'text' })
  month: string;

  @Field({ description: '机构的记录编号（重复提交即替换）' })
  @Column({ type: 'text' })
  key: string;

  @Field(() => DeclaredRecordKindEnum)
  @Column({ type: 'text' })
  kind: 'homeVisit' | 'careDays';

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'claimant_id' })
  claimantId: string;

  @Field(() => [ID], { description: '护理人员' })
  @Column({ type: 'uuid', array: true, name: 'carer_ids' })
  carerIds: string[];

  /** Local time, `YYYY-MM-DDTHH:mm` (timestamp without time zone). */
  @Field(() => String, { nullable: true, description: '上门开始时间' })
  @Column({ type: 'timestamp', name: 'start_at', nullable: true, transformer: localTime })
  startAt: string | null;

  @Field(() => String, { nullable: true, description: '上门结束时间' })
  @Column({ type: 'timestamp', name: 'end_at', nullable: true, transformer: localTime })
  endAt: string | null;

  @Field(() => String, { nullable: true, description: '护理起始日' })
  @Column({ type: 'date', name: 'from_date', nullable: true })
  fromDate: string | null;

  @Field(() => String, { nullable: true, description: '护理截止日（含）' })
  @Column({ type: 'date', name: 'to_date', nullable: true })
  toDate: string | null;

  @Field(() => String, { nullable: true, description: '签到纬度' })
  @Column({ type: 'numeric', precision: 9, scale: 6, name: 'check_in_lat', nullable: true })
  checkInLat: string | null;

  @Field(() => String, { nullable: true, description: '签到经度' })
  @Column({ type: 'numeric', precision: 9, scale: 6, name: 'check_in_lng', nullable: true })
  checkInLng: string | null;

  @Field(() => [String], { description: '服务项目编码' })
  @Column({ type: 'text', array: true })
  items: string[];

  @Field({ description: '申报金额（元）' })
  @Column({ type: 'numeric', precision: 12, scale: 2, name: 'billed_amount' })
  billedAmount: string;

  @Field(() => String, { nullable: true, description: '稽核情况' })
  @Column({ type: 'text', name: 'inspection_finding', nullable: true })
  inspectionFinding: string | null;

  @Field(() => InspectionResultEnum, { nullable: true, description: '稽核结果' })
  @Column({ type: 'text', name: 'inspection_result', nullable: true })
  inspectionResult: 'confirmed' | 'discrepancy' | null;

  @Column({ type: 'uuid', name: 'inspected_by', nullable: true })
  inspectedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'inspected_at', nullable: true })
  inspectedAt: Date | null;

  @Column({ type: 'uuid', name: 'updated_by' })
  updatedBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => [DeclaredRecordLine])
  lines?: DeclaredRecordLine[];

  @Field(() => String, { nullable: true })
  claimantName?: string | null;
}
