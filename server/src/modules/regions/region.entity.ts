import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';

/** A pooling region (统筹地区); its id is the policy pack's region code. */
@ObjectType({ description: '统筹地区' })
@Entity('regions')
@regionScoped('统筹地区', { column: 'id', isId: (id) => id.length > 0 && id.length <= 64 })
export class Region {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;
}
