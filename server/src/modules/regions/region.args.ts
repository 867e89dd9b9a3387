import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';

@InputType({ description: '统筹地区列表筛选' })
export class RegionFilter {
  @Field({ nullable: true })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}

export const REGION_SORT = sortable('RegionSortField', { id: 'r.id', name: 'r.name' }, 'id');

@ArgsType()
export class RegionListArgs extends ListArgs {
  @Field(() => REGION_SORT.enum, { nullable: true })
  sortField?: keyof typeof REGION_SORT.enum;

  @Field(() => RegionFilter, { nullable: true })
  filter?: RegionFilter;
}
