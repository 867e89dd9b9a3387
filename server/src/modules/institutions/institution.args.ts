import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
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

  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field(() => InstitutionStatus, { nullable: true })
  status?: InstitutionStatus;
}

export const INSTITUTION_SORT = sortable(
  'InstitutionSortField',
  {
    id: 'i.id',
    name: 'i.name',
    kind: 'i.kind',
    careSubtype: 'i.care_subtype',
    creditCode: 'i.credit_code',
    legalRepresentative: 'i.legal_representative',
    regionId: 'i.region_id',
    countyId: 'i.county_id',
    status: 'i.status',
    createdAt: 'i.created_at',
    updatedAt: 'i.updated_at',
  },
  'name',
);
type InstitutionSortField = keyof typeof INSTITUTION_SORT.enum;

@ArgsType()
export class InstitutionListArgs extends ListArgs {
  @Field(() => INSTITUTION_SORT.enum, { nullable: true })
  sortField?: InstitutionSortField;

  @Field(() => InstitutionFilter, { nullable: true })
  filter?: InstitutionFilter;
}

/** The writable fields, all optional here; `createInstitution` requires those a new row needs. The status follows from the agreements. */
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

  @Field(() => ID, { nullable: true, description: '所属县区；传 null 改为市级机构' })
  countyId?: string | null;

  // Premises, zones, systems, information system (Xinjiang art. 6(3)–(5), 7(4); annex 2)
  @Field(() => String, { nullable: true, description: '建筑面积（平方米，最多两位小数）' })
  floorArea?: string | null;

  @Field(() => String, { nullable: true, description: 'owned 自有 / leased 租赁' })
  tenure?: string | null;

  @Field(() => String, { nullable: true, description: '租期截止日（租赁时必填）' })
  leaseEndsOn?: string | null;

  @Field(() => [String], { nullable: true })
  zones?: string[];

  @Field(() => [String], { nullable: true })
  managementSystems?: string[];

  @Field(() => [String], { nullable: true })
  systemsPosted?: string[];

  @Field({ nullable: true })
  homeVisitKit?: boolean;

  @Field(() => String, { nullable: true })
  infoSystemName?: string | null;

  @Field({ nullable: true })
  platformConnected?: boolean;

  @Field({ nullable: true })
  securityPolicy?: boolean;

  @Field(() => String, { nullable: true })
  securityOfficer?: string | null;

  @Field({ nullable: true })
  electronicArchives?: boolean;
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

  @Field(() => ID, { nullable: true, description: '所属县区；不填：市级机构' })
  countyId?: string | null;
}

@ArgsType()
export class UpdateInstitutionArgs extends InstitutionFields {
  @Field(() => ID)
  id: string;
}
