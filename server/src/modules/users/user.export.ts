import { maskPhone, ROLE_LABELS } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { User } from '../auth/user.entity.js';
import type { UserListArgs } from './user.args.js';
import type { UserService } from './user.service.js';

type ExportRow = User & { regionNames: string };

/** The users list (admin/src/users/UserList.tsx) as a spreadsheet: its columns, the phone masked (issue 8, defect 5). */
export function userExport(db: Db, users: UserService): ListExport<ExportRow> {
  return {
    resource: 'User',
    right: 'user.read',
    title: '用户',
    filterFields: ['q', 'ids', 'role', 'regionId', 'countyId', 'active'],
    columns: [
      { header: '用户名', width: 18, value: (r) => r.username },
      { header: '姓名', width: 18, value: (r) => r.displayName },
      { header: '角色', width: 24, value: (r) => r.roles.map((role) => ROLE_LABELS[role]?.zh ?? role).join('、') },
      { header: '统筹地区', width: 24, value: (r) => r.regionNames },
      { header: '电话', width: 16, value: (r) => maskPhone(r.phone) ?? '' },
      { header: '启用', width: 8, value: (r) => (r.active ? '是' : '否') },
      { header: '创建时间', width: 20, value: (r) => r.createdAt },
    ],
    page: async (caller: Caller, view: ListView, page: number, perPage: number) => {
      const rows = await users.list(caller, { ...view, page, perPage } as UserListArgs);
      return rows.length ? withRegions(db, caller, rows) : [];
    },
  };
}

/** Of each user, the regions the caller shares (as the list shows them), read once per page. */
async function withRegions(db: Db, caller: Caller, rows: User[]): Promise<ExportRow[]> {
  return db.read(caller, async (scope) => {
    const placed: { user_id: string; name: string }[] = await scope.em.query(
      `SELECT ur.user_id, r.name FROM user_regions ur JOIN regions r ON r.id = ur.region_id
        WHERE ur.user_id = ANY($1) AND r.id = ANY($2) ORDER BY r.id`,
      [rows.map((r) => r.id), caller.regionIds],
    );
    return rows.map((r) =>
      Object.assign(r, {
        regionNames: placed
          .filter((p) => p.user_id === r.id)
          .map((p) => p.name)
          .join('、'),
      }),
    );
  });
}
