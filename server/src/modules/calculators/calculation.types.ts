import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '计算依据：一条被适用的规则及其条款出处' })
export class TraceStep {
  @Field({ description: '规则的稳定名称' })
  rule: string;

  @Field({ description: '条款出处，如 Qinhuangdao art. 31(1)1' })
  citation: string;

  @Field(() => GraphQLJSONObject)
  inputs: Record<string, unknown>;

  @Field(() => GraphQLJSON, { nullable: true })
  output: unknown;

  @Field(() => String, { nullable: true, description: '文件有歧义时采用的解释（参数名与取值）' })
  interpretation?: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@ObjectType({ description: '政策计算结果及其依据' })
export class Calculation {
  @Field(() => GraphQLJSON, { description: '结果（金额为两位小数的字符串）' })
  value: unknown;

  @Field(() => [TraceStep])
  trace: TraceStep[];
}
