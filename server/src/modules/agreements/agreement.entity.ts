import type { AgreementState, TerminationKind } from '@ltci/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { EditableWorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { AgreementStateEnum, TerminationKindEnum } from './agreement-enums.js';

/** The service agreement between the agency and a designated institution (Xinjiang art. 10: normally one year). */
@ObjectType({ description: '服务协议' })
@Entity('service_agreements')
@regionScoped('服务协议', { countyColumn: 'county_id' })
export class ServiceAgreement extends EditableWorkflowEntity<AgreementState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'institution_id' })
  institutionId: string;

  @Field(() => ID, { nullable: true, description: '所属县区（随机构）' })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field({ description: '协议编号' })
  @Column({ type: 'text' })
  number: string;

  @Field({ description: '起始日期' })
  @Column({ type: 'date', name: 'start_date' })
  startDate: string;

  @Field({ description: '终止日期' })
  @Column({ type: 'date', name: 'end_date' })
  endDate: string;

  @Field(() => String, {
    nullable: true,
    description: '约定评估费（元/次，仅评估机构；评估费由协商确定并在服务协议中明确，新疆办法第二十二条）',
  })
  @Column({ type: 'numeric', precision: 12, scale: 2, name: 'assessment_fee', nullable: true })
  assessmentFee: string | null;

  @Field(() => AgreementStateEnum, { description: '状态（只能经流程操作改变）' })
  @Column({ type: 'text', default: 'draft' })
  state: AgreementState;

  @Field(() => TerminationKindEnum, { nullable: true })
  @Column({ type: 'text', name: 'termination_kind', nullable: true })
  terminationKind: TerminationKind | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', name: 'termination_date', nullable: true })
  terminationDate: string | null;

  // Resolved through per-request DataLoaders (agreement.resolver.ts), never stored here.
  @Field(() => Institution)
  institution?: Institution;
}
