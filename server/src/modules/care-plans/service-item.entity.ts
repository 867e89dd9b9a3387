import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One item of the national LTCI service-item catalogue (Qinhuangdao art. 30; Tumxuk §5(二)): national data, not a region's. */
@ObjectType({ description: '长护险服务项目目录（国家统一目录；演示目录在导入正式目录前使用）' })
@Entity('care_service_items')
export class CareServiceItem {
  @Field(() => ID, { description: '项目编码' })
  @PrimaryColumn({ type: 'text', name: 'code' })
  id: string;

  @Field({ description: '项目类别' })
  @Column({ type: 'text' })
  category: string;

  @Field({ description: '项目名称' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: '服务内容（项目内涵）' })
  @Column({ type: 'text' })
  content: string;

  @Field({ description: '演示数据（导入正式目录后停用）' })
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Field({ description: '在用（导入的正式目录不含的演示项目停用）' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'uuid', name: 'job_id', nullable: true })
  jobId: string | null;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
