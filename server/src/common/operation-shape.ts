import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What one operation would cost, measured before anything runs. */
export interface OperationShape {
  depth: number;
  aliases: number;
  /** Fields it would resolve, a list's items counted `perPage` times (or LIST_SIZE_GUESS for lists without paging). */
  cost: number;
  /** The argument values of every field, coerced, with their paths (`filter.q`); null when the variables do not coerce. */
  arguments: { path: string; value: unknown }[] | null;
}

export const DEFAULT_PER_PAGE = 25;
/** Lists with no `perPage` (an institution's staff, a trace) are counted as this many items. */
export const LIST_SIZE_GUESS = 10;

type ParentType = Parameters<typeof isCompositeType>[0];

/**
 * Walk an operation once, following fragments (each spread counted where it is used, cycles
 * stopped), with the request's variables: its depth, aliases, cost and argument values.
 */
export function operationShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const values = 'coerced' in coerced ? coerced.coerced : null;
  const shape: OperationShape = { depth: 0, aliases: 0, cost: 0, arguments: values ? [] : null };

  const fieldOf = (parent: ParentType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (!isCompositeType(parent) || !('getFields' in parent)) return undefined;
    const fields = parent.getFields();
    return Object.hasOwn(fields, name) ? fields[name] : undefined;
  };

  const walk = (set: SelectionSetNode, parent: ParentType, depth: number, visiting: Set<string>): number => {
    shape.depth = Math.max(shape.depth, depth);
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) shape.aliases++;
        const field = fieldOf(parent, selection.name.value);
        let size = 1;
        const args = field && values ? argumentValues(field, selection, values) : null;
        for (const [name, value] of Object.entries(args ?? {})) shape.arguments?.push({ path: name, value });
        if (field && isListType(getNullableType(field.type))) size = listSize(field, args ?? {});
        const inner = selection.selectionSet && field ? walk(selection.selectionSet, getNamedType(field.type), depth + 1, visiting) : 0;
        cost += 1 + size * inner;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += walk(selection.selectionSet, isObjectType(typed) || isCompositeType(typed) ? typed : parent, depth, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        const typed = schema.getType(fragment.typeCondition.name.value);
        cost += walk(fragment.selectionSet, isCompositeType(typed) ? typed : parent, depth, visiting);
        visiting.delete(name);
      }
    }
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  if (root) shape.cost = walk(operation.selectionSet, root, 1, new Set());
  return shape;
}

/** Null when they do not coerce: execution then answers with the coercion's own error. */
function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return null;
  }
}

function listSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (!field.args.some((a) => a.name === 'perPage')) return LIST_SIZE_GUESS;
  const perPage = args.perPage;
  return typeof perPage === 'number' && perPage > 0 ? perPage : DEFAULT_PER_PAGE;
}
