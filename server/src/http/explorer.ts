import type { RequestHandler } from 'express';

let page: Promise<string> | undefined;

// Named through a variable: the package's typings would bring graphql-yoga's global type augmentations along.
const RENDERER: string = '@graphql-yoga/render-graphiql';
type Renderer = { renderGraphiQL(options: { title: string; endpoint: string; defaultQuery: string }): string };

/**
 * GraphiQL at GET /graphql for a browser (issue 8, defect 7): one self-contained page, its scripts,
 * styles and editor workers inlined, so it works on an agency network without internet (Apollo's
 * Sandbox loads from a CDN). Served only where the configuration enables the explorer.
 */
export function graphqlExplorer(): RequestHandler {
  return (req, res, next) => {
    const wantsPage = req.method === 'GET' && !req.query.query && (req.headers.accept ?? '').includes('text/html');
    if (!wantsPage) return next();
    page ??= (import(RENDERER) as Promise<Renderer>).then(({ renderGraphiQL }) =>
      renderGraphiQL({ title: 'LTCI GraphQL', endpoint: '/graphql', defaultQuery: '{ me { username roles } }' }),
    );
    page.then(
      (html) => {
        res.setHeader('Cache-Control', 'no-cache');
        res.type('html').send(html);
      },
      (error: unknown) => next(error),
    );
  };
}
