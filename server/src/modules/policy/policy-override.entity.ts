import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A region's overrides of one shipped policy pack version (a JSON patch for `applyPackOverrides`). */
@Entity('policy_overrides')
export class PolicyOverride {
  @PrimaryColumn({ type: 'text', name: 'region_id' })
  regionId: string;

  @PrimaryColumn({ type: 'date', name: 'valid_from' })
  validFrom: string;

  @Column({ type: 'jsonb' })
  overrides: Record<string, unknown>;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
