import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { NeedsRight } from '../../common/rights.js';
import { Calculation } from '../calculators/calculation.types.js';
import type { PolicyDataService } from './policy-data.service.js';
import { AddWorkingDaysArgs, CalendarYear, SetCalendarYearArgs, SetPolicyOverridesArgs } from './policy-data.types.js';

@Resolver()
export class PolicyDataResolver {
  constructor(private readonly policyData: PolicyDataService) {}

  @NeedsRight('calendar.read')
  @Query(() => [CalendarYear], { description: '工作日历的全部年度（管理员录入的年度取代发布的年度）' })
  workingDayCalendar(): Promise<CalendarYear[]> {
    return this.policyData.calendarYears();
  }

  @NeedsRight('calendar.read')
  @Query(() => Calculation, { description: '某日之后第 N 个工作日（不含当日）' })
  addWorkingDays(@Args() { start, days }: AddWorkingDaysArgs): Promise<Calculation> {
    return this.policyData.addWorkingDays(start, days);
  }

  @NeedsRight('calendar.update')
  @Mutation(() => CalendarYear, { description: '录入或更正一个年度的法定节假日与调休上班日' })
  setCalendarYear(@Args() args: SetCalendarYearArgs, @Ctx() ctx: Context): Promise<CalendarYear> {
    return this.policyData.setCalendarYear(requireCaller(ctx), args);
  }

  @NeedsRight('policyPack.update')
  @Mutation(() => Calculation, { description: '保存统筹地区对某一发布版本政策参数的覆盖，返回覆盖后的版本' })
  setPolicyOverrides(@Args() args: SetPolicyOverridesArgs, @Ctx() ctx: Context): Promise<Calculation> {
    return this.policyData.setPolicyOverrides(requireCaller(ctx), args);
  }
}
