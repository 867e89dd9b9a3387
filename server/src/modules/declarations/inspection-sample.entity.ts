import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';

/**
 * A reproducible random sample of a declaration's records for inspection (Qinhuangdao art. 67:
 * 随机抽查): the seed and the population recorded, so the same draw can be shown again; the
 * findings are on the records (`inspectionFinding`, `inspectionResult`). The settlement reads nothing here.
 */
@ObjectType({ description: '稽核抽样' })
@Entity('inspection_samples')
@regionScoped('稽核抽样', { countyColumn: 'county_id' })
export class InspectionSample {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'declaration_id' })
  declarationId: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field({ description: '随机种子' })
  @Column({ type: 'text' })
  seed: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  size: number;

  @Field(() => Int, { description: '抽样总体（记录数）' })
  @Column({ type: 'int' })
  population: number;

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, name: 'record_ids' })
  recordIds: string[];

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'drawn_by' })
  drawnBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
