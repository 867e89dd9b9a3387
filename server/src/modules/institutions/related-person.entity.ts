import type { RelatedPersonRole } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { RelatedPersonRoleEnum } from './staff-enums.js';

/** The legal representative, principal, actual controller or a shareholder of an institution (Xinjiang art. 7(2), 12(4), 12(6)). */
@ObjectType({ description: '机构关联人员（证件号码默认脱敏）' })
@Entity('institution_related_persons')
@regionScoped('关联人员', { countyColumn: 'county_id' })
export class RelatedPerson {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => RelatedPersonRoleEnum)
  @Column({ type: 'text' })
  role: RelatedPersonRole;

  @Field({ description: '姓名或名称' })
  @Column({ type: 'text' })
  name: string;

  /** Personal data: only `idNumberMasked` goes out; the full number through `revealRelatedPersonIdNumber`, audited. */
  @Column({ type: 'text', name: 'id_number' })
  idNumber: string;

  @Field({ description: '证件号码（脱敏）' })
  idNumberMasked?: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
