/**
 * The messages the first load needs (the login page, the layout, the menu and the home page with
 * its to-do list and their explanations) and those only a page reads: resources' names and fields,
 * enum values (the home page's roles aside), the workflow tables' wording and the pages' own `app.*`
 * sections. Pages fetch the second part with their own chunk (lazyPage).
 */
type Tree = Record<string, unknown>;

/** `app.*` sections only pages read (the shell keeps title, menu, dashboard, todo, trace, errors, password…). */
const PAGE_APP_SECTIONS = [
  'agreements',
  'attachments',
  'auditLogs',
  'claimants',
  'complaints',
  'export',
  'fund',
  'fundGrants',
  'import',
  'institutions',
  'jobs',
  'persons',
  'pool',
  'scorecards',
  'tpa',
  'users',
  'workflow',
];

const split = (tree: Tree | undefined, keys: readonly string[]): [rest: Tree, picked: Tree] => {
  const rest: Tree = {};
  const picked: Tree = {};
  for (const [k, v] of Object.entries(tree ?? {})) (keys.includes(k) ? picked : rest)[k] = v;
  return [rest, picked];
};

export function shellOf(messages: Tree): Tree {
  const { resources: _r, workflow: _w, enums, app, ...shell } = messages as Tree & { enums?: Tree; app?: Tree };
  const [, role] = split(enums, ['Role']);
  const [shellApp] = split(app, PAGE_APP_SECTIONS);
  return { ...shell, app: shellApp, enums: role };
}

export function pagesOf(messages: Tree): Tree {
  const [enums] = split(messages.enums as Tree, ['Role']);
  const [, app] = split(messages.app as Tree, PAGE_APP_SECTIONS);
  return { resources: messages.resources, workflow: messages.workflow, enums, app };
}

/** The whole tree again: the shell with the pages' part (`enums` and `app` merged). */
export function joined(shell: Tree, pages: Tree): Tree {
  return {
    ...shell,
    ...pages,
    enums: { ...(shell.enums as Tree), ...(pages.enums as Tree) },
    app: { ...(shell.app as Tree), ...(pages.app as Tree) },
  };
}
