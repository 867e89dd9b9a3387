import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** Keys and values that broke servers before: prototype names, SQL and script fragments, characters PostgreSQL refuses. */
const HOSTILE_TEXT = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  "'; DROP TABLE institutions; --",
  "' OR '1'='1",
  '%_\\',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '😀',
  '𠀀𠀁',
  '\u202e',
  'qinhuangdao',
  'tumxuk',
  '00000000-0000-0000-0000-000000000000',
  '2026-02-30',
  '9999-12-31',
  '-1',
  '1e400',
  'NaN',
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(10_001), '颐'.repeat(5_000), 'a'.repeat(2_700)) },
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), Number.MAX_SAFE_INTEGER, 1e20, 0.5, -0.0),
  fc.double(),
);

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'amount', 'type', 'lines'), hostileString);

/** JSON as a request can carry it, with prototype keys, odd leaves and, now and then, deep nesting. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.dictionary(hostileKey, fc.oneof(hostileString, hostileNumber, fc.constant(null), fc.constant([null])), { maxKeys: 4 }),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 30, max: 200 }).map((depth) => {
      let value: unknown = {};
      for (let i = 0; i < depth; i++) value = { a: value };
      return value;
    }),
  },
);

/** Any value at all, for an argument sent with the wrong type. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hostileNumber,
  hostileString,
  fc.constant([]),
  fc.constant({}),
  fc.constant([null]),
);

function valueFor(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const nullable = !isNonNullType(type);
  let arbitrary: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    arbitrary = fc.array(valueFor(inner.ofType, depth + 1), { maxLength: 4 });
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    arbitrary =
      depth > 4
        ? fc.constant({})
        : fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), { requiredKeys: [] });
  } else if (isEnumType(inner)) {
    arbitrary = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.value)) },
      { weight: 1, arbitrary: hostileString },
    );
  } else if (isScalarType(inner) && (inner.name === 'Int' || inner.name === 'Float')) {
    arbitrary = hostileNumber;
  } else if (isScalarType(inner) && inner.name === 'Boolean') {
    arbitrary = fc.boolean();
  } else if (isScalarType(inner) && inner.name.startsWith('JSON')) {
    arbitrary = hostileJson;
  } else {
    arbitrary = hostileString;
  }
  const withNull = nullable ? fc.oneof({ weight: 5, arbitrary }, { weight: 1, arbitrary: fc.constant(null) }) : arbitrary;
  return fc.oneof({ weight: 9, arbitrary: withNull }, { weight: 1, arbitrary: wrongType });
}

export interface FuzzedRequest {
  operation: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
}

/** A document calling the field with every argument as a variable of its declared type, selecting only `__typename`. */
function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/** Requests generated from the schema's operations and input types. */
export function fuzzedRequests(schema: GraphQLSchema): fc.Arbitrary<FuzzedRequest> {
  const operations: fc.Arbitrary<FuzzedRequest>[] = [];
  for (const kind of ['query', 'mutation'] as const) {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      const query = documentFor(kind, field);
      const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, 0)])), { requiredKeys: [] });
      operations.push(variables.map((v) => ({ operation: field.name, kind, query, variables: v })));
    }
  }
  return fc.oneof(...operations);
}
