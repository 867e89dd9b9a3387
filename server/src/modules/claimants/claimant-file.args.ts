import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Institution } from '../institutions/institution.entity.js';

@ArgsType()
export class ClaimantMonthQuoteArgs {
  @Field(() => ID)
  claimantId: string;

  @Field({ description: '测算月份 YYYY-MM' })
  month: string;

  @Field(() => String, { nullable: true, description: '当月护理服务费用（机构、社区、亲情照护）' })
  billedCare?: string | null;

  @Field(() => String, { nullable: true, description: '每次上门服务收费（秦皇岛职工居家护理）' })
  visitPrice?: string | null;

  @Field(() => String, { nullable: true, description: '上年度人均可支配收入（按年度限额的地区）' })
  perCapitaIncome?: string | null;

  @Field(() => Int, { nullable: true, description: '城乡居民连续缴费年数（图木舒克第五条(五)）' })
  consecutiveContributionYears?: number | null;

  @Field(() => String, { nullable: true, description: '未成年人：full、oneOfTwo、none（秦皇岛第三十一条(二)）' })
  guardianCover?: string | null;
}

@ArgsType()
export class ClaimantTimelineArgs {
  @Field(() => ID)
  claimantId: string;

  @Field(() => Int, { nullable: true })
  page?: number;

  @Field(() => Int, { nullable: true })
  perPage?: number;
}

@ObjectType({ description: '一人一档：参保人档案中的一条记录（秦皇岛细则第六十四条）' })
export class ClaimantTimelineEntry {
  @Field({
    description:
      'contribution 缴费、application 评估申请、carePlan 护理计划、benefitMonth 待遇月份、hospitalStay 住院、sanction 待遇资格处理、complaint 投诉、death 死亡',
  })
  kind: string;

  @Field({ description: '记录编号（待遇月份：护理计划编号/月份）' })
  recordId: string;

  @Field({ description: '记录所在的资源，用于链接' })
  resource: string;

  @Field({ description: '日期 YYYY-MM-DD' })
  on: string;

  @Field()
  state: string;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true })
  institutionId: string | null;

  @Field(() => Institution, { nullable: true, description: '相关机构（经 DataLoader 读取）' })
  institution?: Institution | null;
}
