import { Column, Entity, PrimaryColumn, UpdateDateColumn, type ValueTransformer } from 'typeorm';

/** node-postgres reads a date[] as local-midnight Dates; the calendar wants ISO date strings. */
const isoDates: ValueTransformer = {
  to: (dates: string[]) => dates,
  from: (dates: (Date | string)[]) => dates.map((d) => (typeof d === 'string' ? d : localIsoDate(d))),
};

function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A year of the working-day calendar entered by an administrator; it replaces the shipped one. */
@Entity('calendar_years')
export class StoredCalendarYear {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'date', array: true, transformer: isoDates })
  holidays: string[];

  @Column({ type: 'date', array: true, transformer: isoDates })
  workdays: string[];

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
