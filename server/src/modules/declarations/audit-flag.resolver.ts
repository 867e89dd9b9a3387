import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { AuditFlagRow } from './audit-flag.entity.js';
import type { AuditFlagService } from './audit-flag.service.js';
import { AuditFlagListArgs, DecideAuditFlagArgs } from './declaration.args.js';

@Resolver(() => AuditFlagRow)
export class AuditFlagResolver {
  constructor(private readonly flags: AuditFlagService) {}

  @NeedsRight('auditFlag.read')
  @Query(() => [AuditFlagRow])
  allAuditFlags(@Args() args: AuditFlagListArgs, @Ctx() ctx: Context): Promise<AuditFlagRow[]> {
    return this.flags.list(requireCaller(ctx), args);
  }

  @NeedsRight('auditFlag.read')
  @Query(() => ListMetadata)
  async _allAuditFlagsMeta(@Args() args: AuditFlagListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.flags.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('auditFlag.read')
  @Query(() => AuditFlagRow, { nullable: true })
  AuditFlag(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AuditFlagRow> {
    return this.flags.get(requireCaller(ctx), id);
  }

  @NeedsRight('auditFlag.decide')
  @Mutation(() => AuditFlagRow, { description: '审核决定：准予支付、核减支付或拒付，须填写理由（经办该申报的人员不能决定）' })
  decideAuditFlag(@Args() args: DecideAuditFlagArgs, @Ctx() ctx: Context): Promise<AuditFlagRow> {
    return this.flags.decide(requireCaller(ctx), args);
  }

  @FieldResolver(() => String, { nullable: true })
  async institutionName(@Root() row: AuditFlagRow, @Ctx() ctx: Context): Promise<string | null> {
    return ((await ctx.loaders.institutionById.load(row.institutionId)) as { name?: string } | null)?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  recordKey(@Root() row: AuditFlagRow, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.recordKey.load(row.recordId);
  }
}
