import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { CountyKind } from './county.entity.js';

@InputType({ description: '县区列表筛选' })
export class CountyFilter {
  @Field({ nullable: true })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => CountyKind, { nullable: true })
  kind?: CountyKind;
}

// counties_region_id_name_key (region_id, name) and the primary key serve these
export const COUNTY_SORT = sortable('CountySortField', { id: 'c.id', name: 'c.name', regionId: 'c.region_id', kind: 'c.kind' }, 'id');

@ArgsType()
export class CountyListArgs extends ListArgs {
  @Field(() => COUNTY_SORT.enum, { nullable: true })
  sortField?: keyof typeof COUNTY_SORT.enum;

  @Field(() => CountyFilter, { nullable: true })
  filter?: CountyFilter;
}

@ArgsType()
export class RenameArgs {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
