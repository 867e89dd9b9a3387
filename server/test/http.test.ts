import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { createDataSource } from '../src/db/data-source.js';
import { createTestDatabase } from './support/database.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** What the HTTP layer answers around GraphQL: body errors, security headers, liveness and readiness. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const postRaw = (body: string) => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('a body GraphQL cannot read', () => {
  it('of 10 MB answers 413 PAYLOAD_TOO_LARGE in GraphQL error shape', async () => {
    const res = await postRaw(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ errors: [{ message: '请求内容过大', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('declared over the limit is refused before a byte of it is read (the sender is not kept uploading)', async () => {
    // Only the headers go out: a server that waited to drain the declared 10 MB would never answer.
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${10 * 2 ** 20}\r\n\r\n{"q`),
      );
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString();
      });
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      setTimeout(() => socket.destroy(), 5000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('"PAYLOAD_TOO_LARGE"');
  });

  it.each(['{"query":', '{"query": "{ me { id } }",}', "{'query': 1}"])(
    'that is malformed JSON (%s) answers 400 BAD_USER_INPUT, no HTML, no stack',
    async (body) => {
      const res = await postRaw(body);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(/<html|<pre|SyntaxError|at .*\.js/);
      expect(JSON.parse(text)).toEqual({ errors: [{ message: '请求格式有误，应为 JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
    },
  );
});

describe('an unknown path', () => {
  it.each(['POST', 'PUT', 'DELETE'])('%s /nowhere answers a JSON 404 NOT_FOUND, not an HTML page', async (method) => {
    const res = await fetch(`${server.url}/nowhere`, { method, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ errors: [{ message: `没有这个地址：${method} /nowhere`, extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe('security headers', () => {
  it.each(['/graphql', '/livez'])('on %s: a CSP that forbids framing, nosniff, no referrer, no X-Powered-By', async (path) => {
    const res = path === '/graphql' ? await postRaw('{"query":"{ __typename }"}') : await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('strict-transport-security')).toBeNull(); // development serves plain HTTP
  });
});

describe('liveness and readiness', () => {
  it('/livez says the process is up; /readyz and /healthz that the database answers, 503 once it does not', async () => {
    const db = await createTestDatabase();
    const appPool = await createDataSource(db.url).initialize();
    let app: RunningApp | undefined;
    try {
      app = await startApp(appPool, { ...readConfig({ NODE_ENV: 'test' }), port: 0, jwtSecret: 'test-secret' });
      const probe = async (path: string) => {
        const res = await fetch(`${app?.url}${path}`);
        return { status: res.status, body: await res.json() };
      };
      expect(await probe('/readyz')).toEqual({ status: 200, body: { ok: true, database: 'up' } });
      await db.drop(); // the database goes away under the running server
      expect(await probe('/livez')).toEqual({ status: 200, body: { ok: true } });
      expect(await probe('/readyz')).toEqual({ status: 503, body: { ok: false, database: 'down' } });
      expect(await probe('/healthz')).toEqual({ status: 503, body: { ok: false, database: 'down' } });
    } finally {
      await app?.close();
      await appPool.destroy();
    }
  });
});
