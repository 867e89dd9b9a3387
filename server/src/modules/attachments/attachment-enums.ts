import { ATTACHMENT_CATEGORIES, type AttachmentCategoryId } from '@ltci/shared';
import { registerEnumType } from 'type-graphql';
import { ATTACHMENT_OWNER_TYPES, type AttachmentOwnerType } from './attachment-owners.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** The shared table's categories and the records that can carry files, published as GraphQL enums. */
export const AttachmentCategoryEnum = enumOf<AttachmentCategoryId>(ATTACHMENT_CATEGORIES.map((c) => c.id));
export const AttachmentOwnerTypeEnum = enumOf<AttachmentOwnerType>(ATTACHMENT_OWNER_TYPES);

registerEnumType(AttachmentCategoryEnum, { name: 'AttachmentCategory', description: '附件类别' });
registerEnumType(AttachmentOwnerTypeEnum, { name: 'AttachmentOwnerType', description: '附件所属的记录类型' });
