import type { TpaContractState, TpaPlanArea, TpaServiceFeeBand, TpaUnit } from '@ltci/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { AllowedAction } from '../../common/workflow/workflow.types.js';
import { WorkflowEntity } from '../../common/workflow/workflow-entity.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { TpaCommitmentCategoryEnum, TpaContractStateEnum, TpaDirectionEnum, TpaTargetKindEnum } from './tpa-enums.js';

/** A tender commitment of the contract with its measurable target (Tianjin art. 11 承诺制考核). */
@ObjectType({ description: '投标承诺' })
@Entity('tpa_commitments')
export class TpaCommitmentRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'contract_id' })
  contractId: string;

  @Column({ type: 'int' })
  position: number;

  @Field(() => TpaCommitmentCategoryEnum)
  @Column({ type: 'text' })
  category: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => TpaTargetKindEnum)
  @Column({ type: 'text', name: 'target_kind' })
  targetKind: string;

  @Field({ description: '目标值：数值，或 yes / no' })
  @Column({ type: 'text' })
  target: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Field(() => TpaDirectionEnum)
  @Column({ type: 'text' })
  direction: string;

  @Field({ description: '考核方式' })
  @Column({ type: 'text' })
  measurement: string;

  @Field({ description: '分值' })
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  points: string;
}

/** The agency's service contract with a TPA (Qinhuangdao art. 62–63; Tianjin art. 11, 14, 15, 18, 20). */
@ObjectType({ description: '委托经办服务合同' })
@Entity('tpa_contracts')
@regionScoped('委托经办合同')
export class TpaContract extends WorkflowEntity<TpaContractState> {
  @Field(() => ID)
  @Column({ type: 'uuid', name: 'tpa_institution_id' })
  tpaInstitutionId: string;

  @Field({ description: '合同编号' })
  @Column({ type: 'text' })
  number: string;

  @Field()
  @Column({ type: 'date', name: 'start_date' })
  startDate: string;

  @Field()
  @Column({ type: 'date', name: 'end_date' })
  endDate: string;

  @Field({ description: '年度服务费（元）' })
  @Column({ type: 'numeric', precision: 14, scale: 2, name: 'annual_fee' })
  annualFee: string;

  @Field(() => GraphQLJSON, { description: '经办机构各级单位 [{id, kind, name}]' })
  @Column({ type: 'jsonb' })
  units: TpaUnit[];

  @Field(() => GraphQLJSON, { description: '三级权重（天津办法第十四条）' })
  @Column({ type: 'jsonb' })
  weights: { headOffice: string; districtSubCentres: string; cityCentre: string };

  @Field(() => GraphQLJSON, { description: '得分与服务费拨付比例对照（第十八条）' })
  @Column({ type: 'jsonb' })
  schedule: TpaServiceFeeBand[];

  @Field(() => GraphQLJSON, { description: '考核方案的指标与分值（第十五条）' })
  @Column({ type: 'jsonb' })
  plan: TpaPlanArea[];

  @Field({ description: '低于该分为考核结果较差（第二十条）' })
  @Column({ type: 'numeric', precision: 5, scale: 2, name: 'poor_result_below' })
  poorResultBelow: string;

  @Field(() => Int, { description: '限期整改天数' })
  @Column({ type: 'int', name: 'rectification_days' })
  rectificationDays: number;

  @Field(() => TpaContractStateEnum)
  @Column({ type: 'text', default: 'draft' })
  state: TpaContractState;

  @Field(() => ID, { nullable: true, description: '年中招标后所更换的原合同（天津办法第十六条）' })
  @Column({ type: 'uuid', name: 'replaces_contract_id', nullable: true })
  replacesContractId: string | null;

  @Field(() => Institution)
  tpaInstitution?: Institution;

  @Field(() => [TpaCommitmentRow])
  commitments?: TpaCommitmentRow[];
}
