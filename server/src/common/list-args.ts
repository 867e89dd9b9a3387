import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { keptCount } from './count-cache.js';
import { BadUserInputError } from './errors.js';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder', description: '排序方向' });

/** react-admin (ra-data-graphql-simple) list arguments; `page` counts from 0. Each list adds its own `sortField` enum. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true })
  page?: number;

  @Field(() => Int, { nullable: true })
  perPage?: number;

  @Field(() => SortOrder, { nullable: true })
  sortOrder?: SortOrder;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count: number;
}

export const MAX_PER_PAGE = 1000;
/** Longer search text finds nothing a person typed, and makes ILIKE slow. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * The fields a list may sort by, each with its SQL column, published as a GraphQL enum: the schema
 * refuses any other value before a resolver runs, and the columns sit in a Map, so no text a user
 * sends ever indexes a plain object (`__proto__`, `constructor`…).
 */
export interface Sortable<F extends string> {
  readonly enum: { [K in F]: K };
  readonly columns: ReadonlyMap<F, string>;
  readonly defaultField: F;
  readonly defaultOrder: SortOrder;
}

export function sortable<F extends string>(
  enumName: string,
  columns: { [K in F]: string },
  defaultField: NoInfer<F>,
  defaultOrder = SortOrder.ASC,
): Sortable<F> {
  const fields = Object.keys(columns) as F[];
  const values = Object.fromEntries(fields.map((f) => [f, f])) as { [K in F]: K };
  registerEnumType(values, { name: enumName, description: '可排序的字段' });
  return { enum: values, columns: new Map(fields.map((f) => [f, columns[f]])), defaultField, defaultOrder };
}

/** Apply sorting and paging in SQL, with the primary key as tie-break so that pages never overlap or skip rows. */
export function applyListArgs<T extends ObjectLiteral, F extends string>(
  qb: SelectQueryBuilder<T>,
  args: ListArgs & { sortField?: F | null },
  sort: Sortable<F>,
): SelectQueryBuilder<T> {
  const fields: Record<string, string> = {};
  const column = sort.columns.get(args.sortField ?? sort.defaultField);
  if (!column) fields.sortField = `不能按该字段排序，可选：${[...sort.columns.keys()].join('、')}`;
  const order = args.sortOrder ?? sort.defaultOrder;
  const perPage = args.perPage ?? 25;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) fields.perPage = `每页条数应在 1 到 ${MAX_PER_PAGE} 之间`;
  const page = args.page ?? 0;
  if (!Number.isInteger(page) || page < 0) fields.page = '页码不能为负数';
  if (Object.keys(fields).length || !column) throw new BadUserInputError(fields);
  return qb
    .orderBy(column, order)
    .addOrderBy(`${qb.alias}.id`, 'ASC')
    .offset(page * perPage)
    .limit(perPage);
}

/** A user's search text as an escaped ILIKE pattern; over MAX_SEARCH_LENGTH characters is BAD_USER_INPUT. */
export function likePattern(text: string, field = 'filter.q'): string {
  if ([...text].length > MAX_SEARCH_LENGTH) throw new BadUserInputError({ [field]: `搜索内容最多 ${MAX_SEARCH_LENGTH} 个字` });
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A list's total: `count(*)` of its filtered rows (TypeORM's getCount counts DISTINCT ids, which
 * sorts or hashes every id of the range), kept a few seconds when large (count-cache.ts). The
 * key is the statement and its parameters, the caller's reach among them.
 */
export function countRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<number> {
  const counting = qb.clone().select('count(*)', 'count').orderBy();
  const [sql, params] = counting.getQueryAndParameters();
  return keptCount(`${sql}\u0000${JSON.stringify(params)}`, async () =>
    Number((await counting.getRawOne<{ count: string }>())?.count ?? 0),
  );
}
