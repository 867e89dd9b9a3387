/** The server has no import cycles at run time: they make load order fragile (review found two, in the regions and audit list arguments). */
module.exports = {
  forbidden: [{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports vanish at run time: entities naming each other's types are not a cycle.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { conditionNames: ['source', 'import', 'default'] },
  },
};
