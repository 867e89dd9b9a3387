import { can, formatCitation, sortTodos, TODO_KINDS } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { todayInChina } from '../../common/today.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { TODO_SOURCES } from './todo.registry.js';
import type { TodoItemType } from './todo.types.js';
import type { ExplainedTodo, TodoEnv } from './todo-source.js';

/** The caller's to-do list: every registered source whose right the caller holds, over the caller's regions. */
export class TodoService {
  constructor(
    private readonly db: Db,
    private readonly policy: PolicyDataService,
  ) {}

  async myTodos(caller: Caller, asOf = todayInChina()): Promise<TodoItemType[]> {
    const calendar = await this.policy.calendar();
    const packs = new Map<string, ReturnType<PolicyDataService['packFor']>>();
    const env: TodoEnv = {
      asOf,
      calendar,
      packFor: (regionId, date) => {
        const key = `${regionId}@${date}`;
        if (!packs.has(key)) packs.set(key, this.policy.packFor(caller, regionId, date));
        return packs.get(key)!;
      },
    };
    const sources = TODO_SOURCES.filter((s) => can(caller.roles, TODO_KINDS[s.kind].right));
    const items = await this.db.read(caller, async (scope) => {
      const found: ExplainedTodo[] = [];
      for (const source of sources) found.push(...(await source.collect(scope, env)));
      return found;
    });
    const traces = new Map(items.map((i) => [`${i.kind}:${i.record.id}`, i]));
    return sortTodos(items).map((item) => {
      const explained = traces.get(`${item.kind}:${item.record.id}`)!;
      const label = TODO_KINDS[item.kind as keyof typeof TODO_KINDS].label;
      return {
        ...item,
        label: label.zh,
        labelEn: label.en,
        // worded here so the home page need not load the dashboard's table of product rules in Chinese
        citationZh: formatCitation(item.citation, 'zh-CN'),
        record: { ...item.record, title: item.record.title ?? null },
        trace: explained.trace,
        packVersion: explained.packVersion ?? null,
      } as TodoItemType;
    });
  }
}
