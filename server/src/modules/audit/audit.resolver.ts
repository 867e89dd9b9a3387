import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListArgs, ListMetadata } from '../../common/list-args.js';
import { Role } from '../auth/roles.js';
import { AuditLog } from './audit-log.entity.js';
import type { AuditQueryService } from './audit-query.service.js';

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

@ArgsType()
export class AuditLogListArgs extends ListArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter;
}

@Resolver(() => AuditLog)
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @Authorized([Role.admin])
  @Query(() => [AuditLog])
  allAuditLogs(@Args() args: AuditLogListArgs, @Ctx() ctx: Context): Promise<AuditLog[]> {
    return this.audit.list(requireCaller(ctx), args);
  }

  @Authorized([Role.admin])
  @Query(() => ListMetadata)
  async _allAuditLogsMeta(@Args() args: AuditLogListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.audit.count(requireCaller(ctx), args.filter) };
  }

  @Authorized([Role.admin])
  @Query(() => AuditLog, { nullable: true })
  AuditLog(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AuditLog> {
    return this.audit.get(requireCaller(ctx), id);
  }
}
