import type { ScaleContext, ScaleGenerator } from '../../db/scale/registry.js';

export interface ScaleRegions {
  regions: { id: string; name: string; division: string; counties: { id: string; name: string }[] }[];
}

const COUNTY_KINDS = ['district', 'county'] as const;

/** Cities of a province (the division codes of a real province's prefectures, 1303xx…), each with its counties. */
export const regionScale: ScaleGenerator = {
  name: 'regions',
  async run(ctx: ScaleContext) {
    const regions: ScaleRegions['regions'] = Array.from({ length: ctx.size.regions }, (_, r) => {
      const division = `13${String(r + 1).padStart(2, '0')}00`;
      const id = `bench-${String(r + 1).padStart(2, '0')}`;
      return {
        id,
        name: `测试${r + 1}市`,
        division,
        counties: Array.from({ length: ctx.size.countiesPerRegion }, (_, c) => ({ id: `${id}-c${c + 1}`, name: `第${c + 1}区` })),
      };
    });
    await ctx.copy(
      'regions',
      ['id', 'name'],
      regions.map((r) => [r.id, r.name]),
      regions.length,
    );
    const counties = regions.flatMap((r) => r.counties.map((c, i) => [c.id, r.id, c.name, COUNTY_KINDS[i % 2]]));
    await ctx.copy('counties', ['id', 'region_id', 'name', 'kind'], counties, counties.length);
    ctx.made.set('regions', { regions } satisfies ScaleRegions);
    return { regions: regions.length, counties: counties.length };
  },
};
