import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs } from '../../common/list-args.js';
import { CareSubtype, InstitutionKind, InstitutionStatus } from './institution-enums.js';

@InputType({ description: '机构列表筛选' })
export class InstitutionFilter {
  @Field({ nullable: true, description: '按名称、信用代码、法定代表人、地址模糊搜索' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => InstitutionKind, { nullable: true })
  kind?: InstitutionKind;

  @Field(() => CareSubtype, { nullable: true })
  careSubtype?: CareSubtype;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => InstitutionStatus, { nullable: true })
  status?: InstitutionStatus;
}

@ArgsType()
export class InstitutionListArgs extends ListArgs {
  @Field(() => InstitutionFilter, { nullable: true })
  filter?: InstitutionFilter;
}

/** The writable fields, all optional here; `createInstitution` requires those a new row needs. */
@ArgsType()
export class InstitutionFields {
  @Field(() => InstitutionKind, { nullable: true })
  kind?: InstitutionKind;

  @Field(() => CareSubtype, { nullable: true })
  careSubtype?: CareSubtype | null;

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  creditCode?: string;

  @Field({ nullable: true })
  legalRepresentative?: string;

  @Field({ nullable: true })
  address?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => InstitutionStatus, { nullable: true })
  status?: InstitutionStatus;
}

@ArgsType()
export class CreateInstitutionArgs {
  @Field(() => InstitutionKind)
  kind: InstitutionKind;

  @Field(() => CareSubtype, { nullable: true })
  careSubtype?: CareSubtype | null;

  @Field()
  name: string;

  @Field()
  creditCode: string;

  @Field()
  legalRepresentative: string;

  @Field()
  address: string;

  @Field(() => ID)
  regionId: string;

  @Field(() => InstitutionStatus, { nullable: true })
  status?: InstitutionStatus;
}

@ArgsType()
export class UpdateInstitutionArgs extends InstitutionFields {
  @Field(() => ID)
  id: string;
}
