import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class RecordInfoChangeArgs {
  @Field(() => ID)
  institutionId: string;

  @Field({ description: '有关部门批准变更的日期 YYYY-MM-DD' })
  approvalDate: string;

  @Field(() => [String], {
    description:
      '变更事项：name、legalRepresentative、principal、actualController、registeredAddress、bankAccount、businessScope、nature、other',
  })
  changes: string[];
}
