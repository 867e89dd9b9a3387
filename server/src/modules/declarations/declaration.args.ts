import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { ServiceDeclaration } from './declaration.entity.js';
import {
  AuditSeverityEnum,
  DeclarationActionEnum,
  DeclarationStateEnum,
  DeclaredRecordKindEnum,
  FlagDecisionEnum,
  InspectionResultEnum,
} from './declaration-enums.js';

@InputType({ description: '申报费用明细' })
export class BilledLineInput {
  @Field({ description: '费用类别：care 护理、bed 床位、meals 餐费……' })
  category: string;

  @Field({ description: '金额（元，如 "110.00"）' })
  amount: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

/** One record of shared `DeclaredRecord`; its institution is the declaration's. */
@InputType({ description: '申报服务记录（上门服务或护理天数）' })
export class DeclaredRecordInput {
  @Field({ description: '机构的记录编号：再次提交同一编号即替换' })
  key: string;

  @Field(() => DeclaredRecordKindEnum)
  kind: 'homeVisit' | 'careDays';

  @Field(() => ID)
  claimantId: string;

  @Field(() => [ID], { description: '护理人员（上门服务一人）' })
  carerIds: string[];

  @Field(() => String, { nullable: true, description: '上门开始 YYYY-MM-DDTHH:mm' })
  start?: string | null;

  @Field(() => String, { nullable: true, description: '上门结束 YYYY-MM-DDTHH:mm' })
  end?: string | null;

  @Field(() => String, { nullable: true, description: '护理起始日 YYYY-MM-DD' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: '护理截止日 YYYY-MM-DD（含）' })
  to?: string | null;

  @Field(() => Float, { nullable: true })
  checkInLat?: number | null;

  @Field(() => Float, { nullable: true })
  checkInLng?: number | null;

  @Field(() => [String], { description: '服务项目编码' })
  items: string[];

  @Field(() => [BilledLineInput])
  lines: BilledLineInput[];
}

@ArgsType()
export class SubmitDeclaredRecordsArgs {
  @Field(() => ID, { description: '申报机构' })
  institutionId: string;

  @Field({ description: '服务月份 YYYY-MM' })
  month: string;

  @Field(() => [DeclaredRecordInput], { description: '最多 5000 条' })
  records: DeclaredRecordInput[];
}

@ObjectType({ description: '单条记录的处理结果' })
export class RecordVerdict {
  @Field(() => Int, { description: '在批次中的序号（从 0 起）' })
  index: number;

  @Field(() => String, { nullable: true })
  key: string | null;

  @Field({ description: '已接收' })
  accepted: boolean;

  @Field(() => [String], { description: '错误代码' })
  codes: string[];

  @Field(() => [String], { description: '错误说明' })
  messages: string[];
}

@ObjectType({ description: '批量提交的结果：逐条的处理结论' })
export class SubmitDeclaredRecordsResult {
  @Field(() => ServiceDeclaration)
  declaration: ServiceDeclaration;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  refused: number;

  @Field(() => [RecordVerdict])
  verdicts: RecordVerdict[];
}

@InputType({ description: '服务申报列表筛选' })
export class DeclarationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => String, { nullable: true })
  month?: string;

  @Field(() => DeclarationStateEnum, { nullable: true })
  state?: string;
}

export const DECLARATION_SORT = sortable(
  'DeclarationSortField',
  { id: 'd.id', month: 'd.month', state: 'd.state', recordCount: 'd.record_count' },
  'month',
);

@ArgsType()
export class DeclarationListArgs extends ListArgs {
  @Field(() => DECLARATION_SORT.enum, { nullable: true })
  sortField?: keyof typeof DECLARATION_SORT.enum;

  @Field(() => DeclarationFilter, { nullable: true })
  filter?: DeclarationFilter;
}

@ArgsType()
export class TransitionDeclarationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => DeclarationActionEnum)
  action: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '理由（退回时必填）' })
  reason?: string | null;
}

@InputType({ description: '申报记录筛选' })
export class DeclaredRecordFilter {
  @Field(() => ID, { nullable: true })
  declarationId?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  claimantId?: string;

  @Field({ nullable: true, description: '只看稽核抽样中的记录' })
  sampled?: boolean;
}

export const DECLARED_RECORD_SORT = sortable('DeclaredRecordSortField', { id: 'r.id', key: 'r.key' }, 'key');

@ArgsType()
export class DeclaredRecordListArgs extends ListArgs {
  @Field(() => DECLARED_RECORD_SORT.enum, { nullable: true })
  sortField?: keyof typeof DECLARED_RECORD_SORT.enum;

  @Field(() => DeclaredRecordFilter, { nullable: true })
  filter?: DeclaredRecordFilter;
}

@InputType({ description: '智能审核标记筛选' })
export class AuditFlagFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => ID, { nullable: true })
  declarationId?: string;

  @Field(() => String, { nullable: true })
  month?: string;

  @Field(() => String, { nullable: true })
  rule?: string;

  @Field(() => AuditSeverityEnum, { nullable: true })
  severity?: string;

  @Field({ nullable: true, description: '已决定 / 未决定' })
  decided?: boolean;
}

export const AUDIT_FLAG_SORT = sortable(
  'AuditFlagSortField',
  { id: 'f.id', month: 'f.month', rule: 'f.rule', createdAt: 'f.created_at' },
  'createdAt',
);

@ArgsType()
export class AuditFlagListArgs extends ListArgs {
  @Field(() => AUDIT_FLAG_SORT.enum, { nullable: true })
  sortField?: keyof typeof AUDIT_FLAG_SORT.enum;

  @Field(() => AuditFlagFilter, { nullable: true })
  filter?: AuditFlagFilter;
}

@ArgsType()
export class DecideAuditFlagArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => FlagDecisionEnum)
  decision: string;

  @Field(() => String, { nullable: true, description: '核减后支付金额（核减时必填）' })
  amount?: string | null;

  @Field({ description: '理由' })
  reason: string;
}

@ArgsType()
export class DrawInspectionSampleArgs {
  @Field(() => ID)
  declarationId: string;

  @Field(() => Int, { description: '抽取条数' })
  size: number;

  @Field(() => String, { nullable: true, description: '随机种子（不填则随机生成并记录）' })
  seed?: string | null;
}

@ArgsType()
export class RecordInspectionFindingArgs {
  @Field(() => ID)
  recordId: string;

  @Field(() => InspectionResultEnum)
  result: string;

  @Field({ description: '稽核情况' })
  finding: string;
}
