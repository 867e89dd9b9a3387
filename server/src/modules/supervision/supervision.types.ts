import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TraceStep } from '../calculators/calculation.types.js';
import { Institution } from '../institutions/institution.entity.js';

@ObjectType({ description: '风险评分的一项（产品规则，附理由）' })
export class RiskComponentView {
  @Field()
  id: string;

  @Field()
  labelZh: string;

  @Field()
  labelEn: string;

  @Field({ description: 'data：有数据；noData：系统尚无该数据（不计为0）' })
  status: string;

  @Field(() => String, { nullable: true })
  value: string | null;

  @Field(() => String, { nullable: true, description: '得分（满分20）' })
  points: string | null;

  @Field()
  citation: string;

  @Field({ description: '理由（中文）' })
  reason: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  inputs: Record<string, unknown> | null;
}

@ObjectType({ description: '机构风险评分' })
export class InstitutionRisk {
  @Field(() => ID)
  institutionId: string;

  @Field(() => Institution)
  institution: Institution;

  @Field(() => Int)
  rank: number;

  @Field()
  score: string;

  @Field()
  maxScore: string;

  @Field(() => [String], { description: '无数据的评分项' })
  missing: string[];

  @Field(() => [RiskComponentView])
  components: RiskComponentView[];
}

@ObjectType({ description: '评估质量（新疆细则第二十六条）' })
export class AssessmentQualityView {
  @Field(() => ID, { description: '评估机构' })
  unitId: string;

  @Field({ description: '评估机构名称' })
  name: string;

  @Field(() => Int, { description: '近12个月的评估结论数' })
  conclusions: number;

  @Field(() => Int, { description: '经争议复评、异议复评或抽查复评的结论数' })
  reviewed: number;

  @Field(() => Int, { description: '其中等级被改变的' })
  changed: number;

  @Field(() => Int, { description: '已送达的结论书' })
  letters: number;

  @Field(() => Int, { description: '超过30个工作日送达的结论书（秦皇岛细则第二十三条）' })
  lateLetters: number;

  @Field(() => String, { nullable: true, description: '超期送达占比' })
  lateLetterShare: string | null;

  @Field()
  distance: string;

  @Field(() => String, { nullable: true })
  changedShare: string | null;

  @Field(() => String, { nullable: true })
  meanDays: string | null;

  @Field()
  outlier: boolean;

  @Field(() => [String])
  reasons: string[];

  @Field(() => [TraceStep])
  trace: TraceStep[];
}

@ObjectType({ description: '监管看板' })
export class SupervisionDashboard {
  @Field(() => ID)
  regionId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: '未验收的整改' })
  openRectifications: number;

  @Field(() => Int, { description: '已逾期或今天到期后仍未整改' })
  overdueRectifications: number;

  @Field(() => Int)
  recoveriesThisYear: number;

  @Field({ description: '本年追回金额' })
  recoveredThisYear: string;

  @Field(() => [InstitutionRisk])
  riskRanking: InstitutionRisk[];

  @Field(() => [AssessmentQualityView])
  qualityOutliers: AssessmentQualityView[];

  @Field(() => [String], { description: '暂缺的数据（无数据的评分项、评估质量）' })
  dataGaps: string[];
}
