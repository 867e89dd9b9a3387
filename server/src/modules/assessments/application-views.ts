import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '评估时限（按工作日历计算）' })
export class AssessmentDeadlineView {
  @Field({
    description: 'recheckAndForward | conclusionLetter | publicityObjection | letterAfterPublicity | disputeApplication | severeValidity …',
  })
  key: string;
  @Field()
  label: string;
  @Field({ description: 'deadline 须在此前办结；window 可在此前提出；earliest 此日起可办' })
  type: string;
  @Field()
  citation: string;
  @Field()
  from: string;
  @Field()
  due: string;
  @Field(() => String, { nullable: true })
  completedOn: string | null;
  @Field({ description: 'met | late | overdue | open | closed | notYet | tooEarly' })
  status: string;
  @Field({ description: 'error | warning（原则上）' })
  severity: string;
}

@ObjectType({ description: '无法计算的时限（如工作日历缺少年度），不作推测' })
export class AssessmentDeadlineIssue {
  @Field()
  deadline: string;
  @Field()
  code: string;
  @Field()
  message: string;
}

@ObjectType()
export class AssessmentDeadlines {
  @Field(() => [AssessmentDeadlineView])
  deadlines: AssessmentDeadlineView[];
  @Field(() => [AssessmentDeadlineIssue])
  issues: AssessmentDeadlineIssue[];
}

@ObjectType({ description: '排除原因' })
export class DrawExclusion {
  @Field({ description: 'removed | untrained | related | firstAssessmentInstitution | firstAssessmentAssessor' })
  reason: string;
  @Field()
  citation: string;
}

@ObjectType({ description: '抽取候选人（整个人员库，按编号排序）' })
export class DrawCandidate {
  @Field(() => ID)
  id: string;
  @Field(() => String, { nullable: true })
  name: string | null;
  @Field()
  isExpert: boolean;
  @Field()
  eligible: boolean;
  @Field()
  drawn: boolean;
  @Field(() => [DrawExclusion])
  exclusions: DrawExclusion[];
}

@ObjectType({ description: '评估人员随机抽取结果（种子与候选名单留存，可复现）' })
export class AssessorDraw {
  @Field({ description: '随机种子' })
  seed: number;
  @Field(() => Date, { nullable: true })
  drawnAt: Date | null;
  @Field(() => [DrawCandidate])
  candidates: DrawCandidate[];
  @Field(() => [String], { description: '须确认的“原则上”提示（如争议复评专家不足）' })
  warnings: string[];
  @Field(() => GraphQLJSON)
  trace: unknown;
}
