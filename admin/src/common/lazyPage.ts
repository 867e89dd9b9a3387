import { type ComponentType, lazy } from 'react';
import { loadPageMessages } from '../i18n';

/**
 * A resource page loaded when first opened: each page is a chunk of its own, so that the login and
 * home pages load only what they show (issue 8, defect 6). react-admin's layout provides the Suspense.
 * The pages' messages load with the first page (i18n `loadPageMessages`), before it renders.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): ComponentType {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadPageMessages()]);
    return { default: module[name] as ComponentType };
  });
}
