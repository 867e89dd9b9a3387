export * from './annual.js';
export { scoreScorecard } from './engine.js';
export * from './review.js';
export * from './template-types.js';
export * from './templates/changzhou-annual-2024.js';
export * from './templates/registry.js';
export * from './templates/tianjin-tpa-2024.js';
export * from './templates/xinjiang-review-2026.js';
export { validateScorecardTemplate } from './validate-template.js';
