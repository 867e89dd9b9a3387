import { Field, Int, ObjectType } from 'type-graphql';
import { TraceStep } from '../calculators/calculation.types.js';
import { FundAccount } from './fund-account.entity.js';
import { PostingKindEnum } from './fund-enums.js';

@ObjectType({ description: '基金月度走势的一个月' })
export class FundSeriesPoint {
  @Field()
  month: string;

  @Field()
  income: string;

  @Field()
  expenditure: string;

  @Field({ description: '月末累计结余' })
  balance: string;

  @Field()
  averageMonthlyPayment: string;

  @Field(() => String, { nullable: true, description: '预警线 = 月数 × 月均支付额（秦皇岛细则第五十八条）' })
  warningLine: string | null;

  @Field(() => String, { nullable: true })
  monthsOfCapacity: string | null;

  @Field()
  belowLine: boolean;
}

@ObjectType({ description: '本月按类别的收入或支出' })
export class FundKindTotal {
  @Field(() => PostingKindEnum)
  kind: string;

  @Field({ description: 'income | expenditure | transfer' })
  postingClass: string;

  @Field()
  amount: string;
}

@ObjectType({ description: '基金看板：一个统筹地区的账户余额、36个月走势、预警线及其依据' })
export class FundDashboard {
  @Field()
  regionId: string;

  @Field(() => String, { nullable: true, description: '首个有记账的月份' })
  launchMonth: string | null;

  @Field()
  asOfMonth: string;

  @Field(() => Int, { nullable: true, description: '预警线月数（未规定时为空）' })
  thresholdMonths: number | null;

  @Field()
  citation: string;

  @Field(() => String, { nullable: true })
  packVersion: string | null;

  @Field()
  balance: string;

  @Field(() => String, { nullable: true })
  monthsOfCapacity: string | null;

  @Field(() => String, { nullable: true })
  warningLine: string | null;

  @Field()
  averageMonthlyPayment: string;

  @Field()
  yearToDateIncome: string;

  @Field()
  yearToDateExpenditure: string;

  @Field(() => [FundSeriesPoint])
  series: FundSeriesPoint[];

  @Field(() => [TraceStep], { description: '走势与最新一月指标的计算依据' })
  trace: TraceStep[];

  @Field(() => [String], { description: '因政策未规定参数而无法进行的检查' })
  missingParameters: string[];

  @Field(() => [FundAccount], { description: '基金自有账户及余额（财政专户、市级支出户、县区支出户）' })
  accounts: FundAccount[];

  @Field({ description: '最近有记账的月份（thisMonth 所指的月份）' })
  postedMonth: string;

  @Field(() => [FundKindTotal], { description: '最近有记账月份的收支（按类别）' })
  thisMonth: FundKindTotal[];
}
