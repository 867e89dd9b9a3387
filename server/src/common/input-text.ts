/** Longest text any argument may carry; each field's own rule sets a tighter limit where it has one. */
export const MAX_TEXT_LENGTH = 10_000;
/** JSON arguments (a benefit quote's input, policy overrides) deeper than this are nobody's real data. */
export const MAX_INPUT_DEPTH = 32;
/** Strings, numbers, keys… in all of one request's arguments together: a batch of 5,000 declared records (issue 13) is about 125,000. */
export const MAX_INPUT_NODES = 200_000;

export type InputProblem = 'NUL' | 'MALFORMED_TEXT' | 'TOO_LONG' | 'TOO_DEEP' | 'TOO_LARGE';

export const INPUT_PROBLEM_MESSAGES: ReadonlyMap<InputProblem, string> = new Map([
  ['NUL', '不能包含空字符（U+0000）'],
  ['MALFORMED_TEXT', '含有无法保存的字符（不成对的代理项）'],
  ['TOO_LONG', `内容过长（最多 ${MAX_TEXT_LENGTH} 个字符）`],
  ['TOO_DEEP', `嵌套层次过深（最多 ${MAX_INPUT_DEPTH} 层）`],
  ['TOO_LARGE', `内容过多（最多 ${MAX_INPUT_NODES} 项）`],
] as const);

/**
 * Every text in the arguments that PostgreSQL cannot store or that no person could have typed:
 * U+0000 and unpaired surrogates (text and jsonb refuse them), texts over MAX_TEXT_LENGTH, and JSON
 * nested or sized past any real input. Walked without recursion, so nesting cannot overflow the stack.
 */
export function inputProblems(args: { path: string; value: unknown }[]): Map<string, InputProblem> {
  const problems = new Map<string, InputProblem>();
  const stack: { path: string; value: unknown; depth: number }[] = args.map((a) => ({ ...a, depth: 0 }));
  let nodes = 0;
  while (stack.length) {
    const { path, value, depth } = stack.pop() as (typeof stack)[number];
    if (++nodes > MAX_INPUT_NODES) {
      problems.set(path.split('.')[0], 'TOO_LARGE');
      break;
    }
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem && !problems.has(path)) problems.set(path, problem);
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      if (depth >= MAX_INPUT_DEPTH) {
        problems.set(path, 'TOO_DEEP');
        continue;
      }
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (const [key, item] of entries) {
        const keyProblem = textProblem(key);
        if (keyProblem) problems.set(`${path}.${key.slice(0, 40)}`, keyProblem);
        stack.push({ path: `${path}.${key.slice(0, 40)}`, value: item, depth: depth + 1 });
      }
    }
  }
  return problems;
}

function textProblem(text: string): InputProblem | null {
  if (text.length > MAX_TEXT_LENGTH) return 'TOO_LONG';
  if (text.includes('\u0000')) return 'NUL';
  if (!text.isWellFormed()) return 'MALFORMED_TEXT';
  return null;
}
