import { creditCodeCheckChar, institutionRecordIssues } from '@ltci/shared';
import type { Cell } from '../../db/scale/copy.js';
import type { ScaleContext, ScaleGenerator } from '../../db/scale/registry.js';
import type { ScaleRegions } from '../regions/region.scale.js';

export interface ScaleInstitutions {
  institutions: { id: string; regionId: string; countyId: string | null; kind: string }[];
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const KINDS = ['care', 'care', 'care', 'assessment', 'tpa'] as const;
const SUBTYPES = ['medical', 'integrated', 'elderly', 'other'] as const;
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英';
const ROLES = ['assessor', 'expert', 'manager', 'it', 'carer', 'nurse', 'other'];
const TITLES = ['none', 'junior', 'intermediate', 'senior'];
const KIND_WORD = { care: '护理院', assessment: '评估中心', tpa: '经办服务公司' } as const;

const person = (ctx: ScaleContext) =>
  `${ctx.rng.pick([...SURNAMES])}${ctx.rng.pick([...GIVEN])}${ctx.rng.chance(0.5) ? ctx.rng.pick([...GIVEN]) : ''}`;

/** A valid unified social credit code (GB 32100-2015): 52 (民办非企业) or 91 (企业), the city's division, a serial, its check character. */
function creditCode(ctx: ScaleContext, division: string, serial: number): string {
  const org = serial.toString(31).toUpperCase().padStart(9, '0');
  const body = `${ctx.rng.chance(0.5) ? '52' : '91'}${division}${[...org].map((c) => ALPHABET[Number.parseInt(c, 31)]).join('')}`;
  return body + creditCodeCheckChar(body);
}

/** The institutions of each city (a third of them city-level, the rest in a county) with their staff. */
export const institutionScale: ScaleGenerator = {
  name: 'institutions',
  after: ['regions'],
  async run(ctx: ScaleContext) {
    const { regions } = ctx.made.get('regions') as ScaleRegions;
    const institutions: ScaleInstitutions['institutions'] = [];
    const rows: Cell[][] = [];
    let serial = 0;
    for (const region of regions) {
      for (let n = 0; n < ctx.size.institutionsPerRegion; n++) {
        const kind = ctx.rng.pick(KINDS);
        const county = ctx.rng.chance(0.33) ? null : ctx.rng.pick(region.counties);
        const draft = {
          kind,
          careSubtype: kind === 'care' ? ctx.rng.pick(SUBTYPES) : null,
          name: `${region.name}${county?.name ?? ''}第${n + 1}${KIND_WORD[kind]}`,
          creditCode: creditCode(ctx, region.division, ++serial),
          legalRepresentative: person(ctx),
          address: `${region.name}${county?.name ?? ''}幸福路${ctx.rng.int(1, 999)}号`,
          regionId: region.id,
          status: 'active',
        };
        const issues = institutionRecordIssues(draft);
        if (issues.length) throw new Error(`generated institution is invalid: ${JSON.stringify(issues)}`);
        const id = ctx.rng.uuid();
        const at = new Date(Date.UTC(2024, 0, 1) + ctx.rng.int(0, 700) * 86_400_000 + ctx.rng.int(0, 86_399_999)).toISOString();
        institutions.push({ id, regionId: region.id, countyId: county?.id ?? null, kind });
        rows.push([
          id,
          kind,
          draft.careSubtype,
          draft.name,
          draft.creditCode,
          draft.legalRepresentative,
          draft.address,
          region.id,
          county?.id ?? null,
          'none',
          at,
          at,
        ]);
      }
    }
    const columns = [
      'id',
      'kind',
      'care_subtype',
      'name',
      'credit_code',
      'legal_representative',
      'address',
      'region_id',
      'county_id',
      'status',
      'created_at',
      'updated_at',
    ];
    await ctx.copy('institutions', columns, rows, rows.length);
    const [min, max] = ctx.size.staffPerInstitution;
    const expected = institutions.length * Math.round((min + max) / 2);
    const staff = function* () {
      for (const i of institutions) {
        for (let s = ctx.rng.int(min, max); s > 0; s--) {
          const role = ctx.rng.pick(ROLES);
          yield [
            ctx.rng.uuid(),
            i.id,
            i.regionId,
            i.countyId,
            person(ctx),
            role,
            ctx.rng.pick(TITLES),
            ctx.rng.chance(0.8),
            role === 'assessor' ? `PG${ctx.rng.int(100000, 999999)}` : null,
          ];
        }
      }
    };
    const staffCount = await ctx.copy(
      'staff',
      ['id', 'institution_id', 'region_id', 'county_id', 'name', 'role', 'title', 'full_time', 'certificate_no'],
      staff(),
      expected,
    );
    ctx.made.set('institutions', { institutions } satisfies ScaleInstitutions);
    return { institutions: institutions.length, staff: staffCount };
  },
};
