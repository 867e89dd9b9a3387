'use strict';
// node-polyglot's `object.entries` polyfill, for browsers that all have Object.entries (ES2017):
// the polyfill and its helpers were a tenth of the first load's libraries (issue 8, defect 6).
module.exports = Object.entries;
