import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import type { FundDashboardService } from './fund-dashboard.service.js';
import { FundDashboard } from './fund-dashboard.types.js';
import { FundIncomeStatement, FundLedgerAgreement } from './fund-report.js';
import { FundBankStatementListArgs, FundDashboardArgs, FundIncomeStatementArgs, RecordBankStatementArgs } from './fund-statement.args.js';
import { FundBankStatement } from './fund-statement.entity.js';
import type { FundStatementService } from './fund-statement.service.js';

@Resolver(() => FundBankStatement)
export class FundStatementResolver {
  constructor(
    private readonly statements: FundStatementService,
    private readonly dashboards: FundDashboardService,
  ) {}

  @NeedsRight('fund.read')
  @Query(() => FundDashboard, { description: '基金看板：账户余额、36个月走势与预警线（秦皇岛细则第五十八条）' })
  fundDashboard(@Args() args: FundDashboardArgs, @Ctx() ctx: Context): Promise<FundDashboard> {
    return this.dashboards.dashboard(requireCaller(ctx), args.regionId);
  }

  @NeedsRight('fund.read')
  @Query(() => [FundBankStatement])
  allFundBankStatements(@Args() args: FundBankStatementListArgs, @Ctx() ctx: Context): Promise<FundBankStatement[]> {
    return this.statements.list(requireCaller(ctx), args);
  }

  @NeedsRight('fund.read')
  @Query(() => ListMetadata)
  async _allFundBankStatementsMeta(@Args() args: FundBankStatementListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.statements.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('fund.read')
  @Query(() => FundBankStatement, { nullable: true })
  FundBankStatement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FundBankStatement> {
    return this.statements.get(requireCaller(ctx), id);
  }

  @NeedsRight('fund.reconcile')
  @Mutation(() => FundBankStatement, { description: '录入（或更正）银行对账单月末余额，与账面核对（账实相符）' })
  recordFundBankStatement(@Args() args: RecordBankStatementArgs, @Ctx() ctx: Context): Promise<FundBankStatement> {
    return this.statements.record(requireCaller(ctx), args);
  }

  @NeedsRight('fund.read')
  @Query(() => FundIncomeStatement, { description: '基金收支表：月报或年报，按账户和类别（秦皇岛细则第五十六条、第七十三条）' })
  fundIncomeStatement(@Args() args: FundIncomeStatementArgs, @Ctx() ctx: Context): Promise<FundIncomeStatement> {
    return this.statements.incomeStatement(requireCaller(ctx), args.regionId, args.period);
  }

  @NeedsRight('fund.read')
  @Query(() => FundLedgerAgreement, { description: '账账相符核对：各账户月度汇总与记账流水一致、借贷平衡' })
  fundLedgerAgreement(@Args() args: FundDashboardArgs, @Ctx() ctx: Context): Promise<FundLedgerAgreement> {
    return this.statements.ledgerAgreement(requireCaller(ctx), args.regionId);
  }
}
