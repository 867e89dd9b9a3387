import { Ctx, Query, Resolver } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { NeedsRight } from '../../common/rights.js';
import type { TodoService } from './todo.service.js';
import { TodoItemType } from './todo.types.js';

@Resolver()
export class TodoResolver {
  constructor(private readonly todos: TodoService) {}

  @NeedsRight('todo.read')
  @Query(() => [TodoItemType], { description: '我的待办：按角色与所辖地区，查询时按数据计算，最紧急的在前' })
  myTodos(@Ctx() ctx: Context): Promise<TodoItemType[]> {
    return this.todos.myTodos(requireCaller(ctx));
  }
}
