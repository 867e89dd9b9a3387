import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { AttachmentListArgs } from './attachment.args.js';
import { Attachment } from './attachment.entity.js';
import type { AttachmentService } from './attachment.service.js';

/** Lists and deletion over GraphQL; upload and download are HTTP routes (http/attachments.ts), as files stream. */
@Resolver(() => Attachment)
export class AttachmentResolver {
  constructor(private readonly attachments: AttachmentService) {}

  @NeedsRight('attachment.read')
  @Query(() => [Attachment])
  allAttachments(@Args() args: AttachmentListArgs, @Ctx() ctx: Context): Promise<Attachment[]> {
    return this.attachments.list(requireCaller(ctx), args);
  }

  @NeedsRight('attachment.read')
  @Query(() => ListMetadata)
  async _allAttachmentsMeta(@Args() args: AttachmentListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.attachments.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('attachment.delete')
  @Mutation(() => Attachment, { description: '删除附件（隐藏，文件与记录留档）' })
  deleteAttachment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Attachment> {
    return this.attachments.delete(requireCaller(ctx), id);
  }
}
