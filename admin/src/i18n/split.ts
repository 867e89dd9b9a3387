/**
 * The messages the first load needs (the login page, the layout, the menu and the home page) and
 * those only a page reads: resources' names and fields, enum values (the home page's roles aside)
 * and the workflow tables' wording. Pages fetch the second part with their own chunk (lazyPage).
 */
type Tree = Record<string, unknown>;

export function shellOf(messages: Tree): Tree {
  const { resources: _r, workflow: _w, enums, ...shell } = messages as Tree & { enums?: Tree };
  return { ...shell, enums: { Role: enums?.Role } };
}

export function pagesOf(messages: Tree): Tree {
  const { Role: _role, ...enums } = (messages.enums ?? {}) as Tree;
  return { resources: messages.resources, workflow: messages.workflow, enums };
}

/** The whole tree again: the shell with the pages' part (enums merged). */
export function joined(shell: Tree, pages: Tree): Tree {
  return { ...shell, ...pages, enums: { ...(shell.enums as Tree), ...(pages.enums as Tree) } };
}
