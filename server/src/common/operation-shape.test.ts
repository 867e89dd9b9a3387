import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PER_PAGE, LIST_SIZE_GUESS, operationShape } from './operation-shape.js';

// A schema that refers to itself, as designation applications → institution → agreements will.
const schema = buildSchema(`
  type Query { allNodes(perPage: Int, q: String): [Node!]! node(id: ID!): Node }
  type Node { id: ID! name: String parent: Node children: [Node!]! }
`);

const shapeOf = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
  return operationShape(schema, document, operation, variables);
};

describe('operationShape: what a request would cost, before it runs', () => {
  it('counts depth by field levels, not by fragments', () => {
    expect(shapeOf('{ node(id: 1) { parent { parent { parent { id } } } } }').depth).toBe(5);
    expect(shapeOf('{ node(id: 1) { ...F } } fragment F on Node { parent { ... on Node { id } } }').depth).toBe(3);
  });

  it('multiplies a list by its perPage (literal or variable), by 25 when paged without one, by 10 when it has no paging', () => {
    expect(shapeOf('{ allNodes(perPage: 100) { id name } }').cost).toBe(1 + 100 * 2);
    expect(shapeOf('query ($n: Int) { allNodes(perPage: $n) { id } }', { n: 300 }).cost).toBe(1 + 300);
    expect(shapeOf('{ allNodes { id } }').cost).toBe(1 + DEFAULT_PER_PAGE);
    expect(shapeOf('{ node(id: 1) { children { id name } } }').cost).toBe(1 + 1 + LIST_SIZE_GUESS * 2);
  });

  it('counts aliases and a fragment each time it is spread', () => {
    const shape = shapeOf('{ a: node(id: 1) { ...F } b: node(id: 2) { ...F } } fragment F on Node { id name }');
    expect([shape.aliases, shape.cost]).toEqual([2, 6]);
  });

  it('stops at a fragment cycle (validation refuses it; the walk must not loop first)', () => {
    const shape = shapeOf('{ node(id: 1) { ...A } } fragment A on Node { parent { ...B } } fragment B on Node { parent { ...A } }');
    expect(shape.depth).toBe(4);
  });

  it('gives every field’s argument values, coerced, with their names; null when the variables do not coerce', () => {
    expect(shapeOf('query ($q: String) { allNodes(q: $q) { id } node(id: 7) { id } }', { q: 'x' }).arguments).toEqual([
      { path: 'q', value: 'x' },
      { path: 'id', value: '7' },
    ]);
    expect(shapeOf('query ($n: Int) { allNodes(perPage: $n) { id } }', { n: 'many' }).arguments).toBeNull();
  });
});
