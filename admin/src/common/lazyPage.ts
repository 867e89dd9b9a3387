import { type ComponentType, lazy } from 'react';

/**
 * A resource page loaded when first opened: each page is a chunk of its own, so that the login and
 * home pages load only what they show (issue 8, defect 6). react-admin's layout provides the Suspense.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
