import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CalendarSource {
  official = 'official',
  administrator = 'administrator',
}

registerEnumType(CalendarSource, {
  name: 'CalendarSource',
  description: '日历年度的来源：随系统发布的国务院办公厅通知（official），或管理员录入（administrator，取代发布的年度）',
});

@ObjectType({ description: '工作日历的一个年度：法定节假日与调休上班日' })
export class CalendarYear {
  @Field(() => Int)
  year: number;

  @Field(() => [String], { description: '放假日（含假期内的周末），YYYY-MM-DD' })
  holidays: string[];

  @Field(() => [String], { description: '调休上班的周六、周日，YYYY-MM-DD' })
  workdays: string[];

  @Field(() => CalendarSource)
  source: CalendarSource;
}

@ArgsType()
export class SetCalendarYearArgs {
  @Field(() => Int)
  year: number;

  @Field(() => [String])
  holidays: string[];

  @Field(() => [String])
  workdays: string[];
}

@ArgsType()
export class SetPolicyOverridesArgs {
  @Field(() => ID)
  regionId: string;

  @Field({ description: '被覆盖的发布版本的生效日期 YYYY-MM-DD' })
  validFrom: string;

  @Field(() => GraphQLJSONObject, { description: '对该版本的 JSON 补丁；空对象 {} 删除覆盖' })
  overrides: Record<string, unknown>;
}

@ArgsType()
export class AddWorkingDaysArgs {
  @Field({ description: '起算日 YYYY-MM-DD（不计入）' })
  start: string;

  @Field(() => Int)
  days: number;
}
