/** As much of a shared workflow table as the dashboard reads: its id and each transition's citations. */
export interface WorkflowTable {
  id: string;
  transitions: readonly {
    action: string;
    citation: string;
    guards?: readonly { code: string; citation: string }[];
  }[];
}

/** The article behind an action (the transition's citation). */
export function actionCitation(table: WorkflowTable, action: string): string | null {
  return table.transitions.find((t) => t.action === action)?.citation ?? null;
}

/**
 * The article behind a code that blocks an action: a guard cites its own; the kernel's codes
 * (TRANSITION_NOT_ALLOWED, ROLE_NOT_ALLOWED, SAME_PERSON…) cite the transition, as the kernel does.
 */
export function blockCitation(table: WorkflowTable, action: string, code: string): string | null {
  const transition = table.transitions.find((t) => t.action === action);
  if (!transition) return null;
  return transition.guards?.find((g) => g.code === code)?.citation ?? transition.citation;
}

/** The message keys tried for a workflow's issue code, most specific first (`extra`: a page's own wording). */
export function issuePrefixes(table: WorkflowTable, extra: readonly string[] = []): string[] {
  return [...extra, `workflow.${table.id}.issues`];
}
