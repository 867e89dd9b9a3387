import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { NeedsRight } from '../../common/rights.js';
import { RecordInfoChangeArgs } from './info-change.args.js';
import { InfoChange } from './info-change.entity.js';
import type { InfoChangeService } from './info-change.service.js';

@Resolver(() => InfoChange)
export class InfoChangeResolver {
  constructor(private readonly changes: InfoChangeService) {}

  @NeedsRight('institution.update')
  @Mutation(() => InfoChange, { description: '登记机构重大信息变更（批准日起 30 个工作日内申请，新疆办法第二十一条）' })
  recordInstitutionInfoChange(@Args() args: RecordInfoChangeArgs, @Ctx() ctx: Context): Promise<InfoChange> {
    return this.changes.record(requireCaller(ctx), args);
  }
}
