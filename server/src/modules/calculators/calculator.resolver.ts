import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { NeedsRight } from '../../common/rights.js';
import { Calculation } from './calculation.types.js';
import type { CalculatorService } from './calculator.service.js';

@Resolver()
export class CalculatorResolver {
  constructor(private readonly calculators: CalculatorService) {}

  @NeedsRight('policyPack.read')
  @Query(() => Calculation, { description: '统筹地区在某日适用的政策参数包' })
  policyPack(@Arg('regionId', () => ID) regionId: string, @Arg('date') date: string, @Ctx() ctx: Context): Promise<Calculation> {
    return this.calculators.policyPack(requireCaller(ctx), regionId, date);
  }

  @NeedsRight('calculator.run')
  @Query(() => Calculation, { description: '待遇测算（按服务月份适用的政策）' })
  quoteBenefit(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('date', { description: '适用政策的日期 YYYY-MM-DD' }) date: string,
    @Arg('input', () => GraphQLJSON, { description: '@ltci/shared 的 BenefitQuoteInput' }) input: unknown,
    @Ctx() ctx: Context,
  ): Promise<Calculation> {
    return this.calculators.quoteBenefit(requireCaller(ctx), regionId, date, input);
  }

  @NeedsRight('calculator.run')
  @Query(() => Calculation, { description: '由评估项目得分计算失能等级' })
  disabilityGrade(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('date') date: string,
    @Arg('itemScores', () => GraphQLJSON, { description: '@ltci/shared 的 DisabilityItemScores' }) itemScores: unknown,
    @Ctx() ctx: Context,
  ): Promise<Calculation> {
    return this.calculators.disabilityGrade(requireCaller(ctx), regionId, date, itemScores);
  }

  @NeedsRight('calculator.run')
  @Query(() => Calculation, { description: '评分表试算（不保存）' })
  scorecardPreview(@Arg('templateId') templateId: string, @Arg('input', () => GraphQLJSON) input: unknown): Calculation {
    return this.calculators.scorecardPreview(templateId, input);
  }
}
