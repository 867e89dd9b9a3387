import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs, sortable } from '../../common/list-args.js';
import { Role } from '../auth/roles.js';

@InputType({ description: '用户列表筛选' })
export class UserFilter {
  @Field({ nullable: true, description: '按用户名、姓名模糊搜索' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  countyId?: string;

  @Field({ nullable: true })
  active?: boolean;
}

// users_username_key, users_display_name, users_created_at serve these sorts
export const USER_SORT = sortable(
  'UserSortField',
  { id: 'u.id', username: 'u.username', displayName: 'u.display_name', createdAt: 'u.created_at', active: 'u.active' },
  'username',
);

@ArgsType()
export class UserListArgs extends ListArgs {
  @Field(() => USER_SORT.enum, { nullable: true })
  sortField?: keyof typeof USER_SORT.enum;

  @Field(() => UserFilter, { nullable: true })
  filter?: UserFilter;
}

@ArgsType()
export class CreateUserArgs {
  @Field({ description: '用户名：小写字母开头，3–32 位小写字母、数字、_ . -' })
  username: string;

  @Field()
  displayName: string;

  @Field({ description: '初始密码：用户首次登录须修改' })
  password: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => [ID])
  regionIds: string[];

  @Field(() => [ID], { nullable: true, description: '限定的县区；不填：所选统筹地区全域' })
  countyIds?: string[];

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  displayName?: string;

  @Field(() => String, { nullable: true, description: '传 null 清除' })
  phone?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[];

  @Field(() => [ID], { nullable: true, description: '本人所辖统筹地区内的分配；其他地区的分配不变' })
  regionIds?: string[];

  @Field(() => [ID], { nullable: true })
  countyIds?: string[];
}

@ArgsType()
export class DeactivateUserArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: '停用原因（留痕）' })
  reason: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: '临时密码：用户下次登录须修改' })
  password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  currentPassword: string;

  @Field()
  newPassword: string;
}
