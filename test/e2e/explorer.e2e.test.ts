import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';

const hasChromium = chromiumAvailable();
type Server = { url: string; stop(): Promise<void> };
const start = async (overrides: Record<string, unknown> = {}): Promise<Server> =>
  (await import('../support/server.js')).startTestServer(overrides);

const INTROSPECTION = '{ __schema { queryType { name } } }';
const page = (server: Server) => fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
const introspect = async (server: Server) =>
  (await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: INTROSPECTION }),
  }).then((r) => r.json())) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };

/** Issue 8, defect 7: an explorer that works offline, in development only unless enabled. */
describe.skipIf(!hasChromium)('the GraphQL explorer at /graphql', () => {
  let browser: Browser;
  const servers: Server[] = [];

  beforeAll(async () => {
    browser = (await launchBrowser())!;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.stop();
  });

  it('in development, GraphiQL loads and reads the schema with no internet (every other host refused)', async () => {
    const server = await start();
    servers.push(server);
    const context = await browser.newContext();
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort('internetdisconnected');
    });
    const tab = await context.newPage();
    const introspected = tab.waitForRequest((r) => r.url() === `${server.url}/graphql` && r.method() === 'POST');
    await tab.goto(`${server.url}/graphql`);
    await tab.locator('.graphiql-container').first().waitFor({ timeout: 30_000 });
    await introspected;
    expect(await tab.getByText(/offline/i).count()).toBe(0);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('in production, the explorer and introspection are off', async () => {
    const server = await start({ nodeEnv: 'production', production: true, graphqlExplorer: false, graphqlIntrospection: false });
    servers.push(server);
    const html = await (await page(server)).text();
    expect(html).not.toMatch(/graphiql/i);
    const answer = await introspect(server);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);
  });

  it('in production, an administrator can enable them (GRAPHQL_EXPLORER=true)', async () => {
    const server = await start({ nodeEnv: 'production', production: true, graphqlExplorer: true, graphqlIntrospection: true });
    servers.push(server);
    expect(await (await page(server)).text()).toMatch(/graphiql/i);
    expect((await introspect(server)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
