// A Stryker ignorer: string-literal mutants of trace and message text are not counted.
// Text for a reader — a trace step's rule name, citation, note and interpretation, an issue's or a
// flag's message, an Error's message, any Chinese label — changes no figure and no decision, so a test pinning every
// word would only freeze the wording. So is trace-only code (see `traceOnly`). Everything else stays
// mutated, string codes included.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** Object properties whose value is text for a reader. */
const TEXT_KEYS = new Set(['message', 'note', 'interpretation', 'citation', 'label', 'description', 'reason']);

function isText(node) {
  return node.type === 'StringLiteral' || node.type === 'TemplateLiteral';
}

function calleeName(call) {
  const c = call.callee;
  if (c.type === 'MemberExpression' && c.property.type === 'Identifier') return c.property.name;
  if (c.type === 'Identifier') return c.name;
  return undefined;
}

/** Which arguments of a call are text: `issues.add(path, code, message)`, `t.step(rule, citation, …, extra)`. */
function textArgument(call, index) {
  const name = calleeName(call);
  if (name === 'add') return index === 2;
  if (name === 'step') return index === 0 || index === 1;
  return false;
}

/** Chinese text is always for a reader: codes, keys and enum values are ASCII. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function hasCjk(node) {
  if (node.type === 'StringLiteral') return CJK.test(node.value);
  return node.type === 'TemplateLiteral' && node.quasis.some((q) => CJK.test(q.value.cooked ?? q.value.raw));
}

function isStepCall(node) {
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.property.type === 'Identifier' &&
    node.callee.property.name === 'step'
  );
}

/** A statement that only records a trace step (`t.step(…);`), its value unused. */
function isStepStatement(node) {
  return node?.type === 'ExpressionStatement' && isStepCall(node.expression);
}

/**
 * Trace-only code: what a trace step says it read (`inputs`) and its `extra`, the output of a step
 * whose value is unused, and an `if` that only records a step. The trace explains a result and is
 * not the result; rule names, citations and figures of the result stay checked by the tests.
 */
function traceOnly(path) {
  const node = path.node;
  const parent = path.parentPath?.node;
  if (isStepCall(parent) && parent.arguments.includes(node)) {
    const i = parent.arguments.indexOf(node);
    if (i === 2) return 'what a trace step read';
    if (i === 4) return "a trace step's note or interpretation";
    if (i === 3 && path.parentPath.parentPath?.node.type === 'ExpressionStatement') return 'the output of a trace-only step';
  }
  if (node.type === 'IfStatement' && !node.alternate) {
    const body = node.consequent.type === 'BlockStatement' ? node.consequent.body : [node.consequent];
    if (body.length > 0 && body.every(isStepStatement)) return 'an if that only records a trace step';
  }
  return undefined;
}

export const textIgnorer = {
  shouldIgnore(path) {
    const node = path.node;
    const trace = traceOnly(path);
    if (trace) return trace;
    if (!isText(node)) return undefined;
    if (hasCjk(node)) return 'Chinese text is for a reader';
    // Climb through text-building expressions (`a ? 'x' : 'y'`, `'a' + b`, `x ?? 'y'`).
    let child = path;
    let parent = path.parentPath;
    while (
      parent &&
      (parent.node.type === 'ConditionalExpression' ||
        parent.node.type === 'BinaryExpression' ||
        parent.node.type === 'LogicalExpression' ||
        parent.node.type === 'TemplateLiteral')
    ) {
      if (parent.node.type === 'ConditionalExpression' && parent.node.test === child.node) return undefined;
      if (parent.node.type === 'BinaryExpression' && parent.node.operator !== '+') return undefined;
      child = parent;
      parent = parent.parentPath;
    }
    if (!parent) return undefined;
    const p = parent.node;
    if (p.type === 'ObjectProperty' && p.value === child.node && !p.computed) {
      const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined;
      if (key && TEXT_KEYS.has(key)) return `text of "${key}" is for a reader`;
    }
    if ((p.type === 'CallExpression' || p.type === 'OptionalCallExpression') && p.arguments.includes(child.node)) {
      if (textArgument(p, p.arguments.indexOf(child.node))) return `text argument of ${calleeName(p)}() is for a reader`;
    }
    if (p.type === 'NewExpression' && p.callee.type === 'Identifier' && /Error$/.test(p.callee.name)) return 'error message text';
    return undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'text', textIgnorer)];
