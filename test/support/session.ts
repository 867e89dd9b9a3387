import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { LoginPage } from '../e2e/pages/LoginPage.js';

/** The demo users' password (server/src/db/seed). */
export const DEMO_PASSWORD = 'Demo@2026';

/** The dashboard as an official sees it: in Chinese, on a desk screen. */
export const DESK: BrowserContextOptions = { locale: 'zh-CN', viewport: { width: 1366, height: 900 } };

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
}

/** A browser context of its own and a page in it (15 s per step), at `DESK` unless told otherwise. */
export async function openPage(browser: Browser, options: BrowserContextOptions = DESK): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Sign in on the login form and wait for the home page's greeting. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  const login = new LoginPage(page);
  await login.open(baseUrl);
  await login.login(username, password);
  await page.getByTestId('greeting').waitFor();
}

export interface SignedInOptions {
  /** The context's options (default `DESK`). */
  context?: BrowserContextOptions;
  /** A page to open after signing in, e.g. `/PolicyData`, and the test id that says it is ready. */
  open?: { path: string; ready: string };
  /** Where the context is kept, for the test file's `afterAll` to close it. */
  keep?: BrowserContext[];
}

/** A demo user signed in in a browser context of their own, optionally on a given page. */
export async function signedIn(browser: Browser, baseUrl: string, username: string, options: SignedInOptions = {}): Promise<Page> {
  const { context, page } = await openPage(browser, options.context ?? DESK);
  options.keep?.push(context);
  await signIn(page, baseUrl, username);
  if (options.open) {
    await page.goto(`${baseUrl}/#${options.open.path}`);
    await page.getByTestId(options.open.ready).waitFor();
  }
  return page;
}
