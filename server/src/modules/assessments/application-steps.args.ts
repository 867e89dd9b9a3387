import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ArgsType()
export class DrawAssessorsArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => Float, { nullable: true, description: '随机种子 0…4294967295（留空由系统生成，均记录以便复现）' })
  seed?: number | null;
}

/** The activities of daily living (national standard, 10 items). */
@InputType({ description: '日常生活活动能力评分（国家标准）' })
export class AdlScoresInput {
  @Field(() => Int) eating: number;
  @Field(() => Int) dressing: number;
  @Field(() => Int) faceAndMouth: number;
  @Field(() => Int) bowel: number;
  @Field(() => Int) bladder: number;
  @Field(() => Int) toilet: number;
  @Field(() => Int) levelWalking: number;
  @Field(() => Int) bedChairTransfer: number;
  @Field(() => Int) stairs: number;
  @Field(() => Int) bathing: number;
}

@InputType({ description: '认知能力评分（国家标准）' })
export class CognitionScoresInput {
  @Field(() => Int) timeOrientation: number;
  @Field(() => Int) personOrientation: number;
  @Field(() => Int) placeOrientation: number;
  @Field(() => Int) memory: number;
}

@InputType({ description: '感知觉与沟通能力评分（国家标准）' })
export class PerceptionScoresInput {
  @Field(() => Int) vision: number;
  @Field(() => Int) hearing: number;
  @Field(() => Int) communication: number;
}

@InputType({ description: '现场评估各项评分' })
export class ItemScoresInput {
  @Field(() => AdlScoresInput) adl: AdlScoresInput;
  @Field(() => CognitionScoresInput) cognition: CognitionScoresInput;
  @Field(() => PerceptionScoresInput) perception: PerceptionScoresInput;
}

@ArgsType()
export class SaveOnsiteRecordArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field({ description: '现场评估日期 YYYY-MM-DD' })
  onsiteOn: string;

  @Field(() => ItemScoresInput)
  scores: ItemScoresInput;

  @Field({ description: '监护人或代理人在场' })
  guardianPresent: boolean;

  @Field(() => String, { nullable: true, description: '在场人姓名及关系' })
  presentPerson?: string | null;

  @Field(() => String, { nullable: true, description: '现场调查记录' })
  notes?: string | null;
}

@ArgsType()
export class FileObjectionArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field({ description: '异议人姓名（实名）' })
  objectorName: string;

  @Field({ description: '证据' })
  evidence: string;
}

@ArgsType()
export class DeclareAssessorRelationArgs {
  @Field(() => ID)
  staffId: string;

  @Field(() => ID)
  claimantId: string;

  @Field({ description: '亲属或利害关系' })
  relation: string;
}

@ArgsType()
export class DrawSpotChecksArgs {
  @Field(() => ID, { description: '统筹地区' })
  regionId: string;

  @Field(() => Int, { description: '抽查件数 1–50' })
  count: number;

  @Field(() => Float, { nullable: true, description: '随机种子 0…4294967295（留空由系统生成，记入审计）' })
  seed?: number | null;
}

@ObjectType({ description: '随机抽查结果：种子、候选名单与抽中的结论' })
export class SpotCheckDraw {
  @Field()
  seed: number;

  @Field(() => [ID], { description: '候选：近12个月生效的评估结论' })
  candidates: string[];

  @Field(() => [ID], { description: '新建的抽查评估申请' })
  created: string[];
}
