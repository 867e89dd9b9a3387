import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';

@ArgsType()
export class RecordInfoChangeArgs {
  @Field(() => ID)
  institutionId: string;

  @Field({ description: '有关部门批准变更的日期 YYYY-MM-DD' })
  approvalDate: string;

  @Field(() => [String], {
    description:
      '变更事项：name、legalRepresentative、principal、actualController、registeredAddress、bankAccount、businessScope、nature、other',
  })
  changes: string[];
}

@InputType({ description: '信息变更列表筛选' })
export class InfoChangeFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  institutionId?: string;

  @Field({ nullable: true, description: 'true：尚未申请' })
  pending?: boolean;
}

export const INFO_CHANGE_SORT = sortable('InfoChangeSortField', { id: 'c.id', approvalDate: 'c.approval_date' }, 'approvalDate');

@ArgsType()
export class InfoChangeListArgs extends ListArgs {
  @Field(() => INFO_CHANGE_SORT.enum, { nullable: true })
  sortField?: keyof typeof INFO_CHANGE_SORT.enum;

  @Field(() => InfoChangeFilter, { nullable: true })
  filter?: InfoChangeFilter;
}

@ArgsType()
export class ApplyInfoChangeArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: '机构向经办机构提出变更申请的日期 YYYY-MM-DD' })
  appliedOn: string;
}

@ArgsType()
export class ConcludeInfoChangeArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: '变更后是否仍符合定点条件' })
  qualifiesAfterChange: boolean;

  @Field({ description: '审核意见（不再符合时即为提请解除协议的理由）' })
  conclusion: string;
}
