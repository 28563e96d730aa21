import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startAppServer, type AppServer } from './app-server';
import { launchChromium } from './chromium';

/** The demo accounts' password (README). */
export const DEMO_PASSWORD = 'Demo-Pass#2026';
/** Where the journeys leave their screenshots. */
export const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'browser');
export const UI_TIMEOUT = 20_000;

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();

/**
 * One spec file's journey through the production build on the demo data: the app server and Chromium,
 * started before its tests and stopped after them, and a page per user signed in through the login
 * page in a browser context of its own (zh-CN, 1366×768, downloads allowed).
 */
export function demoJourney(options: { jobsInProcess?: boolean } = {}) {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // The jobs (pg-boss: archive packages, renders) run in the API process, as under tools/start.sh.
    if (options.jobsInProcess) process.env['JOBS_IN_PROCESS'] = 'true';
    server = await startAppServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  return {
    /** Signs `email` in and answers its home page. */
    async signIn(email: string): Promise<Page> {
      if (!browser || !server) throw new Error('the browser or the app server did not start');
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: { width: 1366, height: 768 },
        locale: 'zh-CN',
        acceptDownloads: true,
      });
      context.setDefaultTimeout(UI_TIMEOUT);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto('/login');
      await byTestId(page, 'login-email').fill(email);
      await byTestId(page, 'login-password').fill(DEMO_PASSWORD);
      await byTestId(page, 'login-submit').click();
      await byTestId(page, 'home-title').waitFor({ state: 'visible' });
      return page;
    },

    /** Opens the evaluation titled `title` from the evaluations list. */
    async openEvaluation(page: Page, title: string): Promise<void> {
      await byTestId(page, 'menu-evaluations').click();
      await byTestId(page, 'evaluations-table').waitFor();
      const row = page.locator('[data-testid^="evaluation-row-"]', { hasText: title });
      await row.locator('[data-testid="evaluation-link"]').click();
      await expect.poll(() => byTestId(page, 'page-title').textContent()).toContain(title);
    },
  };
}
