/**
 * The messages the first load needs (the login page, the layout, the menu and the home page with
 * its to-do list and their explanations) and those only a page reads: resources' names and fields,
 * enum values (the home page's roles aside), the workflow tables' wording and the modules' own
 * `app.*` sections. Pages fetch the second part with their own chunk (lazyPage).
 */
type Tree = Record<string, unknown>;

/**
 * The `app.*` sections the first load reads: the title, the menu, the home page, its to-do list and
 * their explanations, the errors a sign-in can meet, the password change, the 404 page and the
 * calendar warning. Every other section (each module's own) comes with the first page. A component
 * outside the pages (layout, login, home) that reads another section adds it here.
 */
const SHELL_APP_SECTIONS = ['title', 'menu', 'dashboard', 'todo', 'trace', 'errors', 'password', 'not_found', 'policyData'];

const split = (tree: Tree | undefined, keys: readonly string[]): [rest: Tree, picked: Tree] => {
  const rest: Tree = {};
  const picked: Tree = {};
  for (const [k, v] of Object.entries(tree ?? {})) (keys.includes(k) ? picked : rest)[k] = v;
  return [rest, picked];
};

export function shellOf(messages: Tree): Tree {
  const { resources: _r, workflow: _w, enums, app, ...shell } = messages as Tree & { enums?: Tree; app?: Tree };
  const [, role] = split(enums, ['Role']);
  const [, shellApp] = split(app, SHELL_APP_SECTIONS);
  return { ...shell, app: shellApp, enums: role };
}

export function pagesOf(messages: Tree): Tree {
  const [enums] = split(messages.enums as Tree, ['Role']);
  const [app] = split(messages.app as Tree, SHELL_APP_SECTIONS);
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
