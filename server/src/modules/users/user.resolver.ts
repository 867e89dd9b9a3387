import { maskPhone } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { User } from '../auth/user.entity.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import { ChangePasswordArgs, CreateUserArgs, DeactivateUserArgs, ResetPasswordArgs, UpdateUserArgs, UserListArgs } from './user.args.js';
import type { UserService } from './user.service.js';
import { SignInEvent } from './user.types.js';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly users: UserService) {}

  @NeedsRight('user.read')
  @Query(() => [User], { description: '用户（与本人共享统筹地区的）' })
  allUsers(@Args() args: UserListArgs, @Ctx() ctx: Context): Promise<User[]> {
    return this.users.list(requireCaller(ctx), args);
  }

  @NeedsRight('user.read')
  @Query(() => ListMetadata)
  async _allUsersMeta(@Args() args: UserListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.users.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('user.read')
  @Query(() => User, { nullable: true })
  User(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return this.users.get(requireCaller(ctx), id);
  }

  @NeedsRight('user.create')
  @Mutation(() => User, { description: '新增用户；首次登录须修改初始密码' })
  createUser(@Args() args: CreateUserArgs, @Ctx() ctx: Context): Promise<User> {
    return this.users.create(requireCaller(ctx), args);
  }

  @NeedsRight('user.update')
  @Mutation(() => User, { description: '修改姓名、电话、角色、统筹地区与县区' })
  updateUser(@Args() args: UpdateUserArgs, @Ctx() ctx: Context): Promise<User> {
    return this.users.update(requireCaller(ctx), args);
  }

  @NeedsRight('user.deactivate')
  @Mutation(() => User, { description: '停用用户（即时生效）' })
  deactivateUser(@Args() args: DeactivateUserArgs, @Ctx() ctx: Context): Promise<User> {
    return this.users.deactivate(requireCaller(ctx), args);
  }

  @NeedsRight('user.reactivate')
  @Mutation(() => User, { description: '重新启用用户' })
  reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return this.users.reactivate(requireCaller(ctx), id);
  }

  @NeedsRight('user.resetPassword')
  @Mutation(() => User, { description: '重置密码为临时密码；用户下次登录须修改' })
  resetUserPassword(@Args() args: ResetPasswordArgs, @Ctx() ctx: Context): Promise<User> {
    return this.users.resetPassword(requireCaller(ctx), args);
  }

  @NeedsRight('session.changePassword')
  @Mutation(() => User, { description: '修改本人密码' })
  changePassword(@Args() args: ChangePasswordArgs, @Ctx() ctx: Context): Promise<User> {
    return this.users.changePassword(requireCaller(ctx), args);
  }

  /**
   * Of another region the caller is not bound to, a user's assignment is not shown. Signing in
   * (no caller yet), the user is shown their own.
   */
  @FieldResolver(() => [Region])
  async regions(@Root() user: User, @Ctx() ctx: Context): Promise<Region[]> {
    const mine = ctx.caller?.regionIds;
    return (await ctx.loaders.regionsByUser.load(user.id)).filter((r) => !mine || mine.includes(r.id));
  }

  @FieldResolver(() => [County])
  async counties(@Root() user: User, @Ctx() ctx: Context): Promise<County[]> {
    const mine = ctx.caller?.regionIds;
    return (await ctx.loaders.countiesByUser.load(user.id)).filter((c) => !mine || mine.includes(c.regionId));
  }

  @FieldResolver(() => [ID], { description: '统筹地区编号（表单用）' })
  async regionIds(@Root() user: User, @Ctx() ctx: Context): Promise<string[]> {
    return (await this.regions(user, ctx)).map((r) => r.id);
  }

  @FieldResolver(() => [ID], { description: '县区编号（表单用）' })
  async countyIds(@Root() user: User, @Ctx() ctx: Context): Promise<string[]> {
    return (await this.counties(user, ctx)).map((c) => c.id);
  }

  @FieldResolver(() => String, { nullable: true, description: '电话（脱敏）' })
  phoneMasked(@Root() user: User): string | null {
    return maskPhone(user.phone);
  }

  @FieldResolver(() => [SignInEvent], { description: '最近的登录记录（含失败），新的在前' })
  async signIns(@Root() user: User, @Ctx() ctx: Context): Promise<SignInEvent[]> {
    return ctx.caller ? this.users.signIns(ctx.caller, user.id) : [];
  }
}
