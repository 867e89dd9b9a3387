/** shared/ is pure policy code: it may not reach the database, the network, the file system or the UI. */
module.exports = {
  forbidden: [
    {
      name: 'shared-stays-pure',
      comment: 'shared/ must not import I/O or UI packages (typeorm, pg, react, node:*) — see architecture.md',
      severity: 'error',
      from: { path: '^src', pathNot: '\\.test\\.ts$' },
      to: {
        path: '(^|/)node_modules/(typeorm|pg|pg-[^/]+|react|react-dom|react-admin)/',
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { conditionNames: ['source', 'import', 'default'] },
  },
};
