import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person working for an institution: assessor, expert, manager, IT, carer… */
@ObjectType({ description: '机构人员' })
@Entity('staff')
@Index(['institutionId'])
export class Staff {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  /** assessor | expert | manager | it | carer | nurse | other */
  @Field()
  @Column({ type: 'text' })
  role: string;

  /** none | junior | intermediate | senior (职称) */
  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'boolean', name: 'full_time' })
  fullTime: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'certificate_no', nullable: true })
  certificateNo: string | null;
}
