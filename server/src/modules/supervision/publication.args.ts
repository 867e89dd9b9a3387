import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { PublicationKindEnum } from './supervision-enums.js';

@InputType({ description: '信息公开列表筛选' })
export class PublicationFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => PublicationKindEnum, { nullable: true })
  kind?: string;
}

export const PUBLICATION_SORT = sortable('PublicationSortField', { id: 'p.id', createdAt: 'p.created_at', kind: 'p.kind' }, 'createdAt');

@ArgsType()
export class PublicationListArgs extends ListArgs {
  @Field(() => PUBLICATION_SORT.enum, { nullable: true })
  sortField?: keyof typeof PUBLICATION_SORT.enum;

  @Field(() => PublicationFilter, { nullable: true })
  filter?: PublicationFilter;
}

@ArgsType()
export class PublishArgs {
  @Field(() => ID)
  regionId: string;

  @Field(() => PublicationKindEnum)
  kind: string;

  @Field(() => Int, { nullable: true, description: '年度（考核结果、基金收支必填）' })
  year?: number | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: '说明（不得含个人信息）' })
  note?: string | null;
}

@ArgsType()
export class WithdrawPublicationArgs {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;
}
