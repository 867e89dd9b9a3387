import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TraceStep } from '../calculators/calculation.types.js';

@ObjectType({ description: '待办事项指向的记录' })
export class TodoRecord {
  @Field({ description: '资源名，如 ServiceAgreement、Institution' })
  resource: string;

  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: '协议编号或机构名称' })
  title?: string | null;
}

@ObjectType({ description: '待办事项（查询时按数据计算）' })
export class TodoItemType {
  @Field({ description: '待办类型，如 agreementExpiry、infoChange' })
  kind: string;

  @Field({ description: '类型名称（中文）' })
  label: string;

  @Field({ description: '类型名称（英文）' })
  labelEn: string;

  @Field(() => TodoRecord)
  record: TodoRecord;

  @Field({ description: '截止日期' })
  dueDate: string;

  @Field(() => Int, { description: '距截止日的天数（已逾期为负数）' })
  daysLeft: number;

  @Field({ description: 'red（逾期）、orange（7 天内）、yellow（30 天内）、green' })
  colour: string;

  @Field({ description: '依据（英文简写，如 Qinhuangdao art. 75）' })
  citation: string;

  @Field({ description: '依据，如中文界面所示（《秦皇岛市长期护理保险实施细则》第七十五条）' })
  citationZh: string;

  @Field(() => [TraceStep], { description: '截止日与剩余天数的计算依据' })
  trace: TraceStep[];

  @Field(() => String, { nullable: true, description: '计算所用的政策参数包版本' })
  packVersion?: string | null;
}
