import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/**
 * The attachments folder: each file under a key made from its row's id (never from the request),
 * uploads first written to `.incoming/` and moved into place only with their row.
 */
export class AttachmentStorage {
  constructor(readonly root: string) {}

  /** Where an upload streams to before it is accepted. */
  incomingPath(id: string): string {
    return join(this.root, '.incoming', `${id}.part`);
  }

  keyFor(id: string): string {
    return `${id.slice(0, 2)}/${id}`;
  }

  path(key: string): string {
    if (!KEY.test(key)) throw new Error(`not an attachment storage key: ${key}`);
    return join(this.root, key);
  }

  async prepareIncoming(): Promise<void> {
    await mkdir(join(this.root, '.incoming'), { recursive: true });
  }

  /** Move an accepted upload into place (same file system: a rename, atomic). */
  async place(incoming: string, key: string): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    await rename(incoming, target);
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.path(key)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  remove(path: string): Promise<void> {
    return rm(path, { force: true });
  }
}
