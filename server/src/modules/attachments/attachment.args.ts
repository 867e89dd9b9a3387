import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { AttachmentCategoryEnum, AttachmentOwnerTypeEnum } from './attachment-enums.js';

@InputType({ description: '附件列表筛选' })
export class AttachmentFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => AttachmentOwnerTypeEnum, { nullable: true })
  ownerType?: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field(() => AttachmentCategoryEnum, { nullable: true })
  category?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;
}

export const ATTACHMENT_SORT = sortable(
  'AttachmentSortField',
  { id: 'a.id', createdAt: 'a.created_at', fileName: 'a.file_name', sizeBytes: 'a.size_bytes', category: 'a.category' },
  'createdAt',
);

@ArgsType()
export class AttachmentListArgs extends ListArgs {
  @Field(() => ATTACHMENT_SORT.enum, { nullable: true })
  sortField?: keyof typeof ATTACHMENT_SORT.enum;

  @Field(() => AttachmentFilter, { nullable: true })
  filter?: AttachmentFilter;
}
