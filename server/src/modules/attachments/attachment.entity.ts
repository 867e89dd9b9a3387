import type { AttachmentCategoryId } from '@ltci/shared';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AttachmentCategoryEnum, AttachmentOwnerTypeEnum } from './attachment-enums.js';
import type { AttachmentOwnerType } from './attachment-owners.js';

/** A file attached to a record: its metadata here, its bytes in the attachments folder under `storageKey`. */
@ObjectType({ description: '附件' })
@Entity('attachments')
@regionScoped('附件')
export class Attachment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => AttachmentOwnerTypeEnum, { description: '所属记录类型' })
  @Column({ type: 'text', name: 'owner_type' })
  ownerType: AttachmentOwnerType;

  @Field(() => ID, { description: '所属记录编号' })
  @Column({ type: 'text', name: 'owner_id' })
  ownerId: string;

  @Field(() => ID, { description: '统筹地区（取自所属记录）' })
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => AttachmentCategoryEnum, { description: '类别' })
  @Column({ type: 'text' })
  category: AttachmentCategoryId;

  @Field({ description: '原文件名' })
  @Column({ type: 'text', name: 'file_name' })
  fileName: string;

  @Field({ description: '由文件内容判定的类型（不取自文件名）' })
  @Column({ type: 'text', name: 'content_type' })
  contentType: string;

  @Field(() => Float, { description: '大小（字节）' })
  @Column({ type: 'bigint', name: 'size_bytes', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes: number;

  @Field({ description: 'SHA-256（十六进制），上传时边接收边计算' })
  @Column({ type: 'text' })
  sha256: string;

  /** The file's path inside the attachments folder; never shown, never taken from the request. */
  @Column({ type: 'text', name: 'storage_key' })
  storageKey: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', name: 'uploaded_by', nullable: true })
  uploadedBy: string | null;

  @Field({ description: '上传人' })
  @Column({ type: 'text', name: 'uploaded_by_name' })
  uploadedByName: string;

  @Field({ description: '上传时间' })
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /** Set by deleteAttachment: the row and file stay for the archive (Xinjiang art. 17), hidden from lists and downloads. */
  @Column({ type: 'timestamptz', name: 'deleted_at', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'uuid', name: 'deleted_by', nullable: true })
  deletedBy: string | null;
}
