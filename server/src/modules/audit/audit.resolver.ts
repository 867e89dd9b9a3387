import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { AuditLogListArgs } from './audit.args.js';
import { AuditLog } from './audit-log.entity.js';
import type { AuditQueryService } from './audit-query.service.js';

@Resolver(() => AuditLog)
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @NeedsRight('audit.read')
  @Query(() => [AuditLog])
  allAuditLogs(@Args() args: AuditLogListArgs, @Ctx() ctx: Context): Promise<AuditLog[]> {
    return this.audit.list(requireCaller(ctx), args);
  }

  @NeedsRight('audit.read')
  @Query(() => ListMetadata)
  async _allAuditLogsMeta(@Args() args: AuditLogListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.audit.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('audit.read')
  @Query(() => AuditLog, { nullable: true })
  AuditLog(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AuditLog> {
    return this.audit.get(requireCaller(ctx), id);
  }
}
