/**
 * The sizes of a scale dataset (issue 9). S: seconds, for tests. M: a city (500 institutions with
 * their staff, 2M ledger postings). L: a province of 12 cities (20M postings).
 */
export interface ScaleSize {
  name: 'S' | 'M' | 'L';
  regions: number;
  countiesPerRegion: number;
  institutionsPerRegion: number;
  staffPerInstitution: [min: number, max: number];
  agreementsPerInstitution: number;
  /** Ledger postings over `months`, spread over the regions. */
  postings: number;
  months: number;
  auditRows: number;
}

export const SIZES: Record<ScaleSize['name'], ScaleSize> = {
  S: {
    name: 'S',
    regions: 2,
    countiesPerRegion: 3,
    institutionsPerRegion: 60,
    staffPerInstitution: [2, 8],
    agreementsPerInstitution: 1,
    postings: 3_000,
    months: 12,
    auditRows: 2_000,
  },
  M: {
    name: 'M',
    regions: 1,
    countiesPerRegion: 7,
    institutionsPerRegion: 500,
    staffPerInstitution: [10, 60],
    agreementsPerInstitution: 2,
    postings: 2_000_000,
    months: 36,
    auditRows: 300_000,
  },
  L: {
    name: 'L',
    regions: 12,
    countiesPerRegion: 8,
    institutionsPerRegion: 500,
    staffPerInstitution: [10, 60],
    agreementsPerInstitution: 2,
    postings: 20_000_000,
    months: 36,
    auditRows: 3_000_000,
  },
};
