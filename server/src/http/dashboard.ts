import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { logger } from '../logger.js';

/** Hashed file names change with their content: cached for a year, never revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Encodings the build writes beside each file (`x.js.br`, `x.js.gz`), in the order preferred. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Whether the request's Accept-Encoding takes `name` (a `;q=0` refuses it). */
function accepts(header: string, name: string): boolean {
  return header.split(',').some((part) => {
    const [token = '', ...params] = part.trim().split(';');
    if (token.trim().toLowerCase() !== name && token.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** Sends the build's precompressed copy of an asset the client accepts; the plain file otherwise. */
function precompressed(assets: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = normalize(join(assets, decodeURIComponent(req.path)));
    if (!path.startsWith(assets + sep)) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    const header = String(req.headers['accept-encoding'] ?? '');
    const encoding = ENCODINGS.find((e) => accepts(header, e.name) && existsSync(path + e.suffix));
    if (!encoding || !existsSync(path)) return next();
    res.type(extname(path));
    res.setHeader('Content-Encoding', encoding.name);
    res.sendFile(path + encoding.suffix, { headers: { 'Cache-Control': IMMUTABLE }, cacheControl: false }, (error) => {
      if (error) next(error);
    });
  };
}

/**
 * The built dashboard at `/` (issue 8, defect 6): hashed assets precompressed (brotli, gzip) and
 * cached for good; index.html, which names them, revalidated on every load so a new build shows at once.
 */
export function serveDashboard(app: Express, dist: string): void {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`dashboard not built (${index} missing): run "npm run build -w admin"`);
    return;
  }
  const assets = normalize(join(dist, 'assets'));
  app.use('/assets', precompressed(assets), express.static(assets, { index: false, immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  // react-admin routes live in the URL hash, but serve the page for any other GET too.
  app.get(/^(?!\/graphql).*/, (_req, res) => {
    res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' }, cacheControl: false });
  });
}
