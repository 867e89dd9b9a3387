import type { PolicyIssue } from '../core/result.js';
import { isRole, type Label } from '../rights/roles.js';
import { WORKFLOW_ISSUE_LABELS } from './messages.js';
import type { Workflow } from './types.js';

const issue = (path: string, code: string, message: string): PolicyIssue => ({ path, code, message });
const labelled = (l: Label | undefined) => !!l && !!l.zh?.trim() && !!l.en?.trim();

/** Everything wrong with a workflow table itself: run by a test over every shipped table. */
export function workflowTableIssues<S extends string, A extends string, F>(w: Workflow<S, A, F>): PolicyIssue[] {
  const out: PolicyIssue[] = [];
  const states = new Set<string>(w.states);
  const actions = new Set<string>(w.transitions.map((t) => t.action));
  if (states.size !== w.states.length) out.push(issue('states', 'DUPLICATE_STATE', 'a state is listed twice'));
  if (!states.has(w.initial)) out.push(issue('initial', 'UNKNOWN_STATE', `unknown initial state ${w.initial}`));
  if (!labelled(w.label)) out.push(issue('label', 'LABEL_MISSING', 'the workflow needs a Chinese and an English label'));
  const seen = new Set<string>();
  w.transitions.forEach((t, i) => {
    const at = `transitions.${i}`;
    if (seen.has(t.action)) out.push(issue(`${at}.action`, 'DUPLICATE_ACTION', `action ${t.action} is listed twice`));
    seen.add(t.action);
    if (t.from.length === 0) out.push(issue(`${at}.from`, 'REQUIRED', `${t.action} leaves from no state`));
    for (const s of t.from)
      if (!states.has(s)) out.push(issue(`${at}.from`, 'UNKNOWN_STATE', `${t.action} leaves from unknown state ${s}`));
    if (typeof t.to === 'string') {
      if (!states.has(t.to)) out.push(issue(`${at}.to`, 'UNKNOWN_STATE', `${t.action} goes to unknown state ${t.to}`));
    } else if (!actions.has(t.to.before))
      out.push(issue(`${at}.to`, 'UNKNOWN_ACTION', `${t.action} returns before unknown action ${t.to.before}`));
    if (t.fourEyes && t.fourEyes !== true && !actions.has(t.fourEyes.notActorOf))
      out.push(issue(`${at}.fourEyes`, 'UNKNOWN_ACTION', `${t.action} names unknown action ${t.fourEyes.notActorOf}`));
    if (t.roles.length === 0) out.push(issue(`${at}.roles`, 'REQUIRED', `${t.action} allows no role`));
    for (const r of t.roles) if (!isRole(r)) out.push(issue(`${at}.roles`, 'UNKNOWN_ROLE', `${t.action} names unknown role ${r}`));
    if (!t.citation?.trim()) out.push(issue(`${at}.citation`, 'REQUIRED', `${t.action} needs a citation`));
    for (const g of t.guards ?? []) {
      if (!g.citation?.trim() || !g.code?.trim())
        out.push(issue(`${at}.guards.${g.rule}`, 'REQUIRED', `guard ${g.rule} needs a code and a citation`));
      if (!labelled(g.label)) out.push(issue(`${at}.guards.${g.rule}`, 'LABEL_MISSING', `guard ${g.rule} needs both labels`));
    }
  });
  for (const s of w.states)
    if (!labelled(w.stateLabels[s])) out.push(issue(`stateLabels.${s}`, 'LABEL_MISSING', `state ${s} needs both labels`));
  for (const a of actions)
    if (!labelled(w.actionLabels[a as A])) out.push(issue(`actionLabels.${a}`, 'LABEL_MISSING', `action ${a} needs both labels`));
  for (const k of Object.keys(w.stateLabels))
    if (!states.has(k)) out.push(issue(`stateLabels.${k}`, 'UNKNOWN_STATE', `label for unknown state ${k}`));
  for (const k of Object.keys(w.actionLabels))
    if (!actions.has(k)) out.push(issue(`actionLabels.${k}`, 'UNKNOWN_ACTION', `label for unknown action ${k}`));
  for (const s of unreachable(w)) out.push(issue(`states.${s}`, 'UNREACHABLE_STATE', `no transition leads to ${s}`));
  return out;
}

function unreachable<S extends string, A extends string, F>(w: Workflow<S, A, F>): string[] {
  const reached = new Set<string>([w.initial]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of w.transitions) {
      if (!t.from.some((s) => reached.has(s))) continue;
      const targets =
        typeof t.to === 'string' ? [t.to] : (w.transitions.find((x) => x.action === (t.to as { before: A }).before)?.from ?? []);
      for (const s of targets)
        if (!reached.has(s)) {
          reached.add(s);
          grew = true;
        }
    }
  }
  return w.states.filter((s) => !reached.has(s));
}

/** The labels of a workflow's states and actions, per language, in the shape of the dashboard's messages. */
export function workflowLabels<S extends string, A extends string, F>(w: Workflow<S, A, F>) {
  const pick = (lang: keyof Label) => ({
    name: w.label[lang],
    states: Object.fromEntries(w.states.map((s) => [s, w.stateLabels[s][lang]])) as Record<S, string>,
    actions: Object.fromEntries(w.transitions.map((t) => [t.action, w.actionLabels[t.action][lang]])) as Record<A, string>,
    /** The kernel's issue codes and this table's guard codes. */
    issues: {
      ...Object.fromEntries(Object.entries(WORKFLOW_ISSUE_LABELS).map(([code, l]) => [code, l[lang]])),
      ...Object.fromEntries(w.transitions.flatMap((t) => t.guards ?? []).map((g) => [g.code, g.label[lang]])),
    } as Record<string, string>,
  });
  return { zh: pick('zh'), en: pick('en') };
}
