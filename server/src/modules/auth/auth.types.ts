import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

@ObjectType({ description: '登录结果：令牌与用户' })
export class AuthPayload {
  @Field()
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
