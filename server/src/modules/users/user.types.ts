import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '登录记录' })
export class SignInEvent {
  @Field()
  at: Date;

  @Field({ description: '是否成功' })
  success: boolean;

  @Field(() => String, { nullable: true, description: '客户端地址' })
  address: string | null;
}
