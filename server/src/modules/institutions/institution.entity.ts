import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { regionScoped } from '../../common/scope.js';
import { TraceStep } from '../calculators/calculation.types.js';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';
import { CareSubtype, InstitutionKind, InstitutionStatus } from './institution-enums.js';
import { Staff } from './staff.entity.js';

@ObjectType({ description: '定点机构' })
@Entity('institutions')
@regionScoped('机构', { countyColumn: 'county_id' })
@Index(['regionId', 'kind'])
export class Institution {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => InstitutionKind)
  @Column({ type: 'text' })
  kind: InstitutionKind;

  @Field(() => CareSubtype, { nullable: true })
  @Column({ type: 'text', name: 'care_subtype', nullable: true })
  careSubtype: CareSubtype | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text', name: 'credit_code', unique: true })
  creditCode: string;

  @Field()
  @Column({ type: 'text', name: 'legal_representative' })
  legalRepresentative: string;

  @Field()
  @Column({ type: 'text' })
  address: string;

  @Field(() => ID)
  @Column({ type: 'text', name: 'region_id' })
  regionId: string;

  @Field(() => ID, { nullable: true, description: '所属县区；空：市级机构，由市医保经办机构管理（秦皇岛细则第六十、六十一条）' })
  @Column({ type: 'text', name: 'county_id', nullable: true })
  countyId: string | null;

  @Field(() => InstitutionStatus)
  @Column({ type: 'text', default: InstitutionStatus.active })
  status: InstitutionStatus;

  // The trace of the status derived from the agreements (stored beside it; null until an agreement's step derives it).
  @Field(() => [TraceStep], { nullable: true, description: '由服务协议推定机构状态的计算依据' })
  @Column({ type: 'jsonb', name: 'status_trace', nullable: true })
  statusTrace: TraceStep[] | null;

  // Premises, zones, systems and information system (Xinjiang art. 6(3)–(5), 7(4); annex 2).
  @Field(() => String, { nullable: true, description: '经营场所建筑面积（平方米）' })
  @Column({ type: 'numeric', precision: 8, scale: 2, name: 'floor_area', nullable: true })
  floorArea: string | null;

  @Field(() => String, { nullable: true, description: '场所性质：owned 自有、leased 租赁' })
  @Column({ type: 'text', nullable: true })
  tenure: 'owned' | 'leased' | null;

  @Field(() => String, { nullable: true, description: '租期截止日' })
  @Column({ type: 'date', name: 'lease_ends_on', nullable: true })
  leaseEndsOn: string | null;

  @Field(() => [String], {
    description: '功能区：consultation 咨询服务区、office 业务办公区、archive 实名制档案管理区、storage 物资存放区',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  zones: string[];

  @Field(() => [String], { description: '已建立的管理制度（新疆细则第六条第五项，七项）' })
  @Column({ type: 'text', array: true, name: 'management_systems', default: () => "'{}'" })
  managementSystems: string[];

  @Field(() => [String], { description: '在机构显著位置公示的制度' })
  @Column({ type: 'text', array: true, name: 'systems_posted', default: () => "'{}'" })
  systemsPosted: string[];

  @Field({ description: '上门服务配备统一服装、服务包、工作证' })
  @Column({ type: 'boolean', name: 'home_visit_kit', default: false })
  homeVisitKit: boolean;

  @Field(() => String, { nullable: true, description: '失能等级评估信息系统' })
  @Column({ type: 'text', name: 'info_system_name', nullable: true })
  infoSystemName: string | null;

  @Field({ description: '能对接全国统一的医保信息平台长护险模块（新疆细则第六条第四项）' })
  @Column({ type: 'boolean', name: 'platform_connected', default: false })
  platformConnected: boolean;

  @Field({ description: '已建立信息安全内控制度' })
  @Column({ type: 'boolean', name: 'security_policy', default: false })
  securityPolicy: boolean;

  @Field(() => String, { nullable: true, description: '信息系统和网络安全负责人' })
  @Column({ type: 'text', name: 'security_officer', nullable: true })
  securityOfficer: string | null;

  @Field({ description: '一人一档、电子化档案管理' })
  @Column({ type: 'boolean', name: 'electronic_archives', default: false })
  electronicArchives: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  // Resolved through per-request DataLoaders (institution.resolver.ts), never stored here.
  @Field(() => Region)
  region?: Region;

  @Field(() => County, { nullable: true })
  county?: County | null;

  @Field(() => Int)
  staffCount?: number;

  @Field(() => [Staff])
  staff?: Staff[];
}
