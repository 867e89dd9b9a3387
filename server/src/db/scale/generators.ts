import { agreementScale } from '../../modules/agreements/agreement.scale.js';
import { auditScale } from '../../modules/audit/audit.scale.js';
import { fundScale } from '../../modules/fund/fund.scale.js';
import { institutionScale } from '../../modules/institutions/institution.scale.js';
import { regionScale } from '../../modules/regions/region.scale.js';
import { userScale } from '../../modules/users/user.scale.js';
import { registerScaleGenerator } from './registry.js';

// Each module's generator; a new module appends its own line (README: "A scale dataset").
for (const g of [regionScale, userScale, institutionScale, agreementScale, fundScale, auditScale]) registerScaleGenerator(g);
