export * from './pack-overrides.js';
export * from './pack-types.js';
export * from './packs.js';
export * from './policy-pack.js';
