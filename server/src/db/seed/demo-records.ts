import { addDays, residentIdCheckChar } from '@ltci/shared';
import type { EntityManager } from 'typeorm';
import { todayInChina } from '../../common/today.js';
import type { User } from '../../modules/auth/user.entity.js';
import { Institution } from '../../modules/institutions/institution.entity.js';
import { RelatedPerson } from '../../modules/institutions/related-person.entity.js';
import { AssessorTraining, Staff, StaffCertificate } from '../../modules/institutions/staff.entity.js';
import type { DemoInstitution } from './demo-data.js';

const CERTIFICATE_OF: Record<string, string> = {
  expert: '执业医师资格证书',
  assessor: '失能等级评估员职业资格',
  manager: '长护险管理岗位培训合格证',
  nurse: '护士执业证书',
  carer: '养老护理员职业技能等级证书',
};

/** A valid demo resident ID number (GB 11643-1999) in the region's division. */
export function demoIdNumber(division: string, n: number): string {
  const birth = `19${60 + (n % 30)}${String((n % 12) + 1).padStart(2, '0')}${String((n % 27) + 1).padStart(2, '0')}`;
  const first17 = `${division}${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/**
 * Issue 10, items 1 and 5: each institution's staff with certificates (a few expiring within 60
 * days, on the to-do list), its premises, zones, systems and information system, its related
 * persons; the assessors and experts of assessment institutions are the pool, with trainings and
 * national platform codes — one untrained member per institution, and one member removed in the
 * first assessment institution of each region (Xinjiang art. 16 ¶2(1)).
 */
export async function seedDemoRecords(
  em: EntityManager,
  institution: Institution,
  staff: DemoInstitution['staff'],
  n: number,
  division: string,
  people: { inspector: User },
  firstAssessmentOfRegion: boolean,
): Promise<void> {
  const today = todayInChina();
  const assessment = institution.kind === 'assessment';
  const rows = await em.save(
    staff.map((s, i) =>
      em.create(Staff, {
        ...s,
        institutionId: institution.id,
        regionId: institution.regionId,
        countyId: institution.countyId,
        yearsInField: 2 + ((n + i) % 9),
        nationalCode:
          assessment && (s.role === 'assessor' || s.role === 'expert') ? `PG${division}${String(n * 10 + i).padStart(6, '0')}` : null,
      }),
    ),
  );
  const certificates = rows.flatMap((s, i) =>
    s.certificateNo && CERTIFICATE_OF[s.role]
      ? [
          em.create(StaffCertificate, {
            staffId: s.id,
            name: CERTIFICATE_OF[s.role],
            number: s.certificateNo,
            // every ninth certificate expires within the month: the to-do list's reminders
            expiresOn: (n + i) % 9 === 0 ? addDays(today, 10 + ((n + i) % 40)) : addDays(today, 400 + ((n * 31 + i * 17) % 900)),
          }),
        ]
      : [],
  );
  if (certificates.length) await em.save(certificates);
  await em.save(
    em.create(RelatedPerson, {
      institutionId: institution.id,
      regionId: institution.regionId,
      countyId: institution.countyId,
      role: 'legalRepresentative',
      name: institution.legalRepresentative,
      idNumber: demoIdNumber(division, n * 3),
    }),
  );
  await em.save(
    em.create(RelatedPerson, {
      institutionId: institution.id,
      regionId: institution.regionId,
      countyId: institution.countyId,
      role: n % 2 ? 'principal' : 'shareholder',
      name: `${institution.name.slice(0, 4)}投资有限公司`.slice(0, 30),
      idNumber: demoIdNumber(division, n * 3 + 1),
    }),
  );
  if (!assessment) return;
  const owned = n % 3 === 0;
  await em.update(
    Institution,
    { id: institution.id },
    {
      floorArea: String(60 + ((n * 37) % 140)),
      tenure: owned ? 'owned' : 'leased',
      leaseEndsOn: owned ? null : addDays(today, n % 4 === 1 ? 45 : 900 + n * 3),
      zones: ['consultation', 'office', 'archive', 'storage'].slice(0, 2 + (n % 3)),
      managementSystems: ['service', 'finance', 'statistics', 'internalControl', 'staff', 'archives', 'disputes'],
      systemsPosted: ['service', 'staff', 'disputes', 'archives'].slice(0, 1 + (n % 4)),
      homeVisitKit: n % 2 === 0,
      infoSystemName: '失能等级评估管理系统',
      platformConnected: true,
      securityPolicy: n % 5 !== 0,
      securityOfficer: rows.find((s) => s.role === 'it')?.name ?? null,
      electronicArchives: n % 3 !== 1,
    },
  );
  const pool = rows.filter((s) => s.role === 'assessor' || s.role === 'expert');
  const trainings = pool.slice(0, -1).map((s, i) =>
    em.create(AssessorTraining, {
      staffId: s.id,
      trainedOn: addDays(today, -30 - ((n + i) % 200)),
      hours: i % 2 ? '16.0' : '24.5',
      passed: true,
      course: '失能等级评估人员培训（医保发〔2023〕29号）',
      recordedBy: people.inspector.id,
    }),
  );
  // the last member took the course and failed: untrained, not drawn (Xinjiang art. 15)
  const last = pool.at(-1);
  if (last)
    trainings.push(
      em.create(AssessorTraining, {
        staffId: last.id,
        trainedOn: addDays(today, -20),
        hours: '8.0',
        passed: false,
        course: '失能等级评估人员培训',
        recordedBy: people.inspector.id,
      }),
    );
  await em.save(trainings);
  if (firstAssessmentOfRegion && pool[0])
    await em.update(
      Staff,
      { id: pool[0].id },
      {
        removedFor: 'falseReport',
        removalReason: '抽审复评发现出具虚假评估意见，经调查属实',
        removedAt: new Date(`${addDays(today, -15)}T10:00:00+08:00`),
        removedBy: people.inspector.id,
      },
    );
}
