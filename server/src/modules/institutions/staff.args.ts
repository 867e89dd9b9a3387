import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { AssessorRemovalGroundEnum, RelatedPersonRoleEnum } from './staff-enums.js';

@InputType({ description: '人员列表筛选（评估人员库：pool = true）' })
export class StaffFilter {
  @Field({ nullable: true, description: '按姓名、平台编码模糊搜索' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field({ nullable: true })
  role?: string;

  @Field({ nullable: true, description: '只看评估人员库：评估机构的评估员和评估专家' })
  pool?: boolean;

  @Field({ nullable: true, description: 'active 在库 / removed 已移出' })
  status?: string;

  @Field({ nullable: true, description: '已培训考核合格' })
  trained?: boolean;
}

export const STAFF_SORT = sortable(
  'StaffSortField',
  { id: 's.id', name: 's.name', role: 's.role', title: 's.title', institutionId: 's.institution_id', removedAt: 's.removed_at' },
  'name',
);
type StaffSortField = keyof typeof STAFF_SORT.enum;

@ArgsType()
export class StaffListArgs extends ListArgs {
  @Field(() => STAFF_SORT.enum, { nullable: true })
  sortField?: StaffSortField;

  @Field(() => StaffFilter, { nullable: true })
  filter?: StaffFilter;
}

@InputType({ description: '资格证书' })
export class StaffCertificateInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  number?: string | null;

  @Field(() => String, { nullable: true, description: '有效期至 YYYY-MM-DD' })
  expiresOn?: string | null;
}

@ArgsType()
export class StaffFields {
  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true, description: 'assessor | expert | manager | it | carer | nurse | other' })
  role?: string;

  @Field({ nullable: true, description: 'none | junior | intermediate | senior' })
  title?: string;

  @Field(() => Int, { nullable: true })
  yearsInField?: number | null;

  @Field({ nullable: true })
  fullTime?: boolean;

  @Field(() => String, { nullable: true })
  nationalCode?: string | null;

  @Field(() => [StaffCertificateInput], { nullable: true, description: '传入时整体替换' })
  certificates?: StaffCertificateInput[];

  /** A carer's identity number (issue 13), written only: stored whole, shown masked (`idNumber`). */
  @Field(() => String, { nullable: true, description: '护理人员身份证号码（只写；显示为脱敏号码）' })
  identityNumber?: string | null;
}

@ArgsType()
export class CreateStaffArgs extends StaffFields {
  @Field(() => ID)
  institutionId: string;
}

@ArgsType()
export class UpdateStaffArgs extends StaffFields {
  @Field(() => ID)
  id: string;
}

@ArgsType()
export class RecordTrainingArgs {
  @Field(() => ID)
  staffId: string;

  @Field()
  trainedOn: string;

  @Field()
  hours: string;

  @Field()
  passed: boolean;

  @Field(() => String, { nullable: true })
  course?: string | null;
}

@ArgsType()
export class RemoveAssessorArgs {
  @Field(() => ID)
  id: string;

  @Field(() => AssessorRemovalGroundEnum)
  ground: string;

  @Field()
  reason: string;
}

@InputType({ description: '关联人员列表筛选' })
export class RelatedPersonFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => RelatedPersonRoleEnum, { nullable: true })
  role?: string;
}

export const RELATED_PERSON_SORT = sortable('RelatedPersonSortField', { id: 'p.id', role: 'p.role', name: 'p.name' }, 'role');
type RelatedPersonSortField = keyof typeof RELATED_PERSON_SORT.enum;

@ArgsType()
export class RelatedPersonListArgs extends ListArgs {
  @Field(() => RELATED_PERSON_SORT.enum, { nullable: true })
  sortField?: RelatedPersonSortField;

  @Field(() => RelatedPersonFilter, { nullable: true })
  filter?: RelatedPersonFilter;
}

@ArgsType()
export class CreateRelatedPersonArgs {
  @Field(() => ID)
  institutionId: string;

  @Field(() => RelatedPersonRoleEnum)
  role: string;

  @Field()
  name: string;

  @Field()
  idNumber: string;
}

@ArgsType()
export class UpdateRelatedPersonArgs {
  @Field(() => ID)
  id: string;

  @Field(() => RelatedPersonRoleEnum, { nullable: true })
  role?: string;

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true, description: '不传：保留原号码' })
  idNumber?: string;
}

@ArgsType()
export class RevealArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: '查看理由（留痕）' })
  reason: string;
}
