import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
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

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
