import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs, SortOrder, sortable } from '../../common/list-args.js';

@InputType({ description: '审计日志筛选' })
export class AuditLogFilter {
  @Field({ nullable: true, description: '按用户名、实体编号模糊搜索' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  entityType?: string;

  @Field({ nullable: true })
  entityId?: string;

  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field({ nullable: true })
  operation?: string;

  @Field({ nullable: true, description: '起始时间（含）' })
  from?: Date;

  @Field({ nullable: true, description: '截止时间（不含）' })
  to?: Date;
}

export const AUDIT_LOG_SORT = sortable(
  'AuditLogSortField',
  { id: 'a.id', at: 'a.at', username: 'a.username', operation: 'a.operation', entityType: 'a.entity_type', entityId: 'a.entity_id' },
  'at',
  SortOrder.DESC,
);

@ArgsType()
export class AuditLogListArgs extends ListArgs {
  @Field(() => AUDIT_LOG_SORT.enum, { nullable: true })
  sortField?: keyof typeof AUDIT_LOG_SORT.enum;

  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter;
}
