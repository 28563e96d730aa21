/**
 * The archive tab (归档, issue 11) on the demo evaluation 中山路 2024 at 1366×768. STAND-IN: feedback,
 * review, issue and acknowledgement are other parts of issue 11, so the test moves the evaluation to
 * `acknowledged` directly in the database (status and machine snapshot); replace with the real journey
 * once those are merged. Then, in the browser, the archivist archives it, watches the package build
 * (the job runs in the API process), downloads the zip, verifies it and reads its index.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
const DEMO = '中山路街道办事处2024年度部门整体支出绩效评价';

describe('the archive tab (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let archivist: Page;

  const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();

  beforeAll(async () => {
    // The archive job (pg-boss) runs in the API process here, as the worker does in production.
    process.env['JOBS_IN_PROCESS'] = 'true';
    server = await startAppServer();
    const url = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    url.pathname = `/${server.databaseName}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const moved = await client.query(
        `UPDATE evaluation SET status = 'acknowledged', snapshot = jsonb_set(snapshot, '{value}', '"acknowledged"')
          WHERE title LIKE $1`,
        [`%${DEMO}%`],
      );
      expect(moved.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    browser = await launchChromium();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(UI_TIMEOUT);
    archivist = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the archivist opens the acknowledged evaluation and archives it', async () => {
    await archivist.goto('/login');
    await testId(archivist, 'login-email').fill('archivist@firm.demo');
    await testId(archivist, 'login-password').fill(PASSWORD);
    await testId(archivist, 'login-submit').click();
    await testId(archivist, 'home-title').waitFor({ state: 'visible' });
    await testId(archivist, 'menu-evaluations').click();
    await testId(archivist, 'evaluations-table').waitFor();
    const row = archivist.locator('[data-testid^="evaluation-row-"]', { hasText: DEMO });
    await row.locator('[data-testid="evaluation-link"]').click();
    await expect.poll(() => testId(archivist, 'page-title').textContent()).toContain(DEMO);
    await testId(archivist, 'tab-archive').click();
    await expect.poll(() => testId(archivist, 'archive-tab').textContent()).toContain('归档包');
    await testId(archivist, 'archive-start').waitFor();
    expect(await accessibilityProblems(archivist)).toEqual([]);

    // The action bar offers ARCHIVE too; the tab's own button is the archivist's place for it.
    await testId(archivist, 'event-ARCHIVE').waitFor();
    await testId(archivist, 'archive-start').click();
    await archivist.locator('.ant-popover-buttons .ant-btn-primary').first().click();
    await expect.poll(() => testId(archivist, 'evaluation-status').textContent()).toContain('已归档');
  });

  it('watches the package build, downloads the zip, verifies it and reads its index', async () => {
    await testId(archivist, 'tab-archive').click();
    await testId(archivist, 'archive-sha256').waitFor({ timeout: 150_000 });
    const sha256 = ((await testId(archivist, 'archive-sha256').textContent()) ?? '').trim();
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await archivist.locator('[data-testid="archive-entry"]').count()).toBeGreaterThan(5);
    // The firm's own copy: the complete engagement file (the bureau's copy has no review notes).
    expect(await testId(archivist, 'archive-audience').textContent()).toContain('完整业务档案');
    await expect
      .poll(() => testId(archivist, 'archive-contents').textContent())
      .toContain('11 评价过程记录/评价全过程记录.xlsx');

    const [download] = await Promise.all([
      archivist.waitForEvent('download', { timeout: 60_000 }),
      testId(archivist, 'archive-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/归档包\.zip$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);

    await testId(archivist, 'archive-verify').click();
    await expect.poll(() => testId(archivist, 'archive-verified').textContent()).toContain('校验通过');
    await archivist.screenshot({ path: resolve(SCREENSHOTS, 'archive-ready.png') });
    expect(await accessibilityProblems(archivist)).toEqual([]);
  }, 240_000);
});
