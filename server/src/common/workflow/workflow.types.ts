import { Field, ObjectType } from 'type-graphql';

/** An action the caller could take on the record now, or the codes of the checks that block it. */
@ObjectType({ description: '当前用户可对该记录执行的操作' })
export class AllowedAction {
  @Field()
  action: string;

  @Field({ description: '操作名称（中文）' })
  label: string;

  @Field({ description: '操作名称（英文）' })
  labelEn: string;

  @Field()
  enabled: boolean;

  @Field(() => [String], { description: '阻止该操作的检查代码，如 SAME_PERSON' })
  blockedBy: string[];

  @Field(() => String, { nullable: true })
  to: string | null;

  @Field()
  needsReason: boolean;

  @Field()
  needsInput: boolean;
}
