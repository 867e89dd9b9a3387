import { Foundation1763856000000 } from './1763856000000-foundation.js';
import { PolicyData1795392000000 } from './1795392000000-policy-data.js';
import { Jobs1797000000000 } from './1797000000000-jobs.js';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations = [Foundation1763856000000, PolicyData1795392000000, Jobs1797000000000];
