import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';

export enum CountyKind {
  district = 'district',
  county = 'county',
  zone = 'zone',
  subdistrict = 'subdistrict',
  regiment = 'regiment',
}
registerEnumType(CountyKind, {
  name: 'CountyKind',
  description: '县区类别：市辖区、县、功能区、街道、团场',
});

/** A county-level unit of a region (县区), whose agency does the county's work (Qinhuangdao art. 60–61). */
@ObjectType({ description: '县区' })
@Entity('counties')
@regionScoped('县区', { isId: (id) => /^[a-z0-9-]{1,64}$/.test(id), countyColumn: 'id' })
export class County {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => CountyKind)
  @Column({ type: 'text' })
  kind: CountyKind;
}
