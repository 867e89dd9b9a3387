import type { Request, Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import { publicDisclosure } from '../modules/supervision/publication.service.js';

/**
 * The public disclosure (Qinhuangdao art. 73), without login: only what an administrator
 * published, as published (checked for personal data then), never a publisher's name.
 */
export function mountPublicDisclosure(router: Router, dataSource: DataSource): void {
  router.get('/api/public/disclosure', async (_req: Request, res: Response) => {
    try {
      res.set('cache-control', 'public, max-age=60').json(await publicDisclosure(dataSource));
    } catch {
      res.status(503).json({ error: '暂时无法读取公开信息 (temporarily unavailable)' });
    }
  });
}
