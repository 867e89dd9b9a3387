import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { NeedsRight } from '../../common/rights.js';
import type { AuthService } from './auth.service.js';
import { AuthPayload } from './auth.types.js';
import { User } from './user.entity.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload, { description: '用户名密码登录，返回签名令牌' })
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    return this.auth.login(username, password, ctx.clientAddress);
  }

  @NeedsRight('session.read')
  @Query(() => User, { description: '当前登录用户' })
  me(@Ctx() ctx: Context): Promise<User> {
    return this.auth.me(requireCaller(ctx));
  }
}
