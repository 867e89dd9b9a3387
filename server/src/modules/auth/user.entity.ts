import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import { customScoped } from '../../common/scope.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import { Role } from './roles.js';

@ObjectType({ description: '系统用户' })
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text', unique: true })
  username: string;

  @Field()
  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  /** argon2id hash; never exposed through GraphQL. */
  @Column({ type: 'text', name: 'password_hash' })
  passwordHash: string;

  @Field(() => [Role])
  @Column({ type: 'text', array: true })
  roles: Role[];

  @Field(() => [Region])
  @ManyToMany(() => Region, { eager: true })
  @JoinTable({ name: 'user_regions', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'region_id' } })
  regions: Region[];

  /** Written by the users service (user_counties), read here. */
  @Field(() => [County], { description: '限定的县区；空：所属统筹地区全域' })
  @ManyToMany(() => County, { eager: true })
  @JoinTable({ name: 'user_counties', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'county_id' } })
  counties: County[];

  @Field({ description: '是否启用；停用即时生效' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field({ description: '下次登录须修改密码（管理员重置后）' })
  @Column({ type: 'boolean', name: 'must_change_password', default: false })
  mustChangePassword: boolean;

  /** Personal data: shown masked (`phoneMasked`), never in full through GraphQL. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/**
 * An administrator manages the users who share one of their regions (Qinhuangdao art. 60: the
 * city agency), not those of another region only.
 */
customScoped(User, {
  label: '用户',
  isId: isUuid,
  predicate: (a) => `${a}.id IN (SELECT ur.user_id FROM user_regions ur WHERE ur.region_id IN (:...scopeRegions))`,
});
