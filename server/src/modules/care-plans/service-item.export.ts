import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { ListExport, ListView } from '../../common/list-export.js';
import type { CareServiceItem } from './service-item.entity.js';
import { type CareServiceItemListArgs, listCareServiceItems } from './service-item.resolver.js';

/** The national service-item catalogue (admin/src/carePlans/ServiceItemList.tsx) as a spreadsheet, its columns in its order (issue 8, defect 5). */
export function serviceItemExport(db: Db): ListExport<CareServiceItem> {
  return {
    resource: 'CareServiceItem',
    right: 'serviceItem.read',
    title: '服务项目目录',
    filterFields: ['ids', 'q', 'category', 'active'],
    columns: [
      { header: '项目编码', width: 12, value: (r) => r.id },
      { header: '项目类别', width: 16, value: (r) => r.category },
      { header: '项目名称', width: 24, value: (r) => r.name },
      { header: '服务内容', width: 60, value: (r) => r.content },
      { header: '演示数据', width: 10, value: (r) => (r.demo ? '是' : '否') },
    ],
    page: (caller: Caller, view: ListView, page: number, perPage: number) =>
      listCareServiceItems(db, caller, { ...view, page, perPage } as CareServiceItemListArgs),
  };
}
