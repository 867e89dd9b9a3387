import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from './errors.js';

/** react-admin (ra-data-graphql-simple) list arguments; `page` counts from 0. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true })
  page?: number;

  @Field(() => Int, { nullable: true })
  perPage?: number;

  @Field({ nullable: true })
  sortField?: string;

  @Field({ nullable: true })
  sortOrder?: string;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count: number;
}

export const MAX_PER_PAGE = 1000;

/**
 * Apply sorting and paging in SQL. `sortable` maps each GraphQL field a list may sort by to its
 * column; anything else is a BAD_USER_INPUT, never interpolated into SQL.
 */
export function applyListArgs<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ListArgs,
  sortable: Record<string, string>,
  defaultSort: string,
): SelectQueryBuilder<T> {
  const fields: Record<string, string> = {};
  const sortField = args.sortField ?? defaultSort;
  const column = sortable[sortField];
  if (!column) fields.sortField = `不能按 ${sortField} 排序，可选：${Object.keys(sortable).join('、')}`;
  const order = (args.sortOrder ?? 'ASC').toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') fields.sortOrder = '排序方向只能是 ASC 或 DESC';
  const perPage = args.perPage ?? 25;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) fields.perPage = `每页条数应在 1 到 ${MAX_PER_PAGE} 之间`;
  const page = args.page ?? 0;
  if (!Number.isInteger(page) || page < 0) fields.page = '页码不能为负数';
  if (Object.keys(fields).length) throw new BadUserInputError(fields);
  // Tie-break on the primary key so that pages never overlap or skip rows.
  return qb
    .orderBy(column, order as 'ASC' | 'DESC')
    .addOrderBy(`${qb.alias}.id`, 'ASC')
    .offset(page * perPage)
    .limit(perPage);
}

/** Escape a user's search text for ILIKE. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
