/**
 * `@popperjs/core` as the dashboard imports it (admin/vite.config.ts aliases it here): the
 * positioning engine of tooltips, menus and autocompletes is fetched when the first one opens, not
 * with the login and home pages (issue 8, first load). Until it has come — the first opening only —
 * the popper waits hidden; then the real instance is made and every later call goes straight to it.
 */
import type { Instance, Options } from '@popperjs/core/lib/types';

type Real = typeof import('@popperjs/core/lib/popper.js');
type Reference = Parameters<Real['createPopper']>[0];

let real: Real | null = null;
let loading: Promise<Real> | null = null;
const load = () => (loading ??= import('@popperjs/core/lib/popper.js').then((module) => (real = module)));

export function createPopper(reference: Reference, popper: HTMLElement, options?: Partial<Options>): Instance {
  if (real) return real.createPopper(reference, popper, options);
  let instance: Instance | null = null;
  let destroyed = false;
  let latest = options;
  const visibility = popper.style.visibility;
  popper.style.visibility = 'hidden';
  const waiting = load().then((module) => {
    if (destroyed) return null;
    popper.style.visibility = visibility;
    instance = module.createPopper(reference, popper, latest);
    return instance;
  });
  const stand = {
    get state() {
      return instance?.state as Instance['state'];
    },
    forceUpdate: () => instance?.forceUpdate(),
    update: () => (instance ? instance.update() : waiting.then((made) => (made ? made.update() : (null as never)))),
    setOptions: (next: Parameters<Instance['setOptions']>[0]) => {
      if (instance) return instance.setOptions(next);
      latest = typeof next === 'function' ? next(latest as Options) : next;
      return waiting.then((made) => (made ? made.state : (null as never)));
    },
    destroy: () => {
      destroyed = true;
      if (instance) instance.destroy();
      else popper.style.visibility = visibility;
    },
  };
  return stand as Instance;
}
