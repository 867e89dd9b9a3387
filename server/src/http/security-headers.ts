import type { Express, RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response. The dashboard (a Vite build served from here) needs only its
 * own scripts, its own API and inline styles (index.html's and MUI's, injected at run time); no
 * page may frame it. Attachments are previewed from blob: URLs the page makes of files it fetched
 * with the session's token (images, and PDFs in a frame), so blob: is allowed for images and frames.
 * HSTS only in production, which is served over TLS. The GraphiQL page at GET /graphql (where
 * enabled) inlines its scripts and runs its editor in blob: workers, so it alone goes without a CSP.
 */
export function useSecurityHeaders(app: Express, production: boolean, explorer = !production): void {
  app.disable('x-powered-by');
  const common = {
    referrerPolicy: { policy: 'no-referrer' as const },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  };
  const strict = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        frameSrc: ['blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
  });
  const sandbox = helmet({ ...common, contentSecurityPolicy: false, xFrameOptions: { action: 'deny' } });
  const headers: RequestHandler = (req, res, next) =>
    (explorer && req.method === 'GET' && req.path === '/graphql' ? sandbox : strict)(req, res, next);
  app.use(headers);
}
