import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A pooling region (统筹地区); its id is the policy pack's region code. */
@ObjectType({ description: '统筹地区' })
@Entity('regions')
export class Region {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;
}
