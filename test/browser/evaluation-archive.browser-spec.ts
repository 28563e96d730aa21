/**
 * The archive tab (归档, issue 11) on the demo evaluation 中山路 2022 at 1366×768, issued by the demo
 * seed: in the browser, the bureau's officer acknowledges receipt (验收), then the archivist archives it,
 * watches the package build (the job runs in the API process), downloads the zip, verifies it and reads
 * its index. (The seeded, already archived 宁边路 2021 is demo-lifecycle.browser-spec.ts.)
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
const DEMO = '中山路街道办事处2022年度部门整体支出绩效评价';

describe('the archive tab (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();

  beforeAll(async () => {
    // The archive job (pg-boss) runs in the API process here, as the worker does in production.
    process.env['JOBS_IN_PROCESS'] = 'true';
    server = await startAppServer();
    browser = await launchChromium();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(UI_TIMEOUT);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function openDemoAs(email: string): Promise<void> {
    await context?.clearCookies();
    await page.goto('/login');
    await page.evaluate(() => window.localStorage.clear());
    await page.goto('/login');
    await testId(page, 'login-email').fill(email);
    await testId(page, 'login-password').fill(PASSWORD);
    await testId(page, 'login-submit').click();
    await testId(page, 'home-title').waitFor({ state: 'visible' });
    await testId(page, 'menu-evaluations').click();
    await testId(page, 'evaluations-table').waitFor();
    const row = page.locator('[data-testid^="evaluation-row-"]', { hasText: DEMO });
    await row.locator('[data-testid="evaluation-link"]').click();
    await expect.poll(() => testId(page, 'page-title').textContent()).toContain(DEMO);
  }

  it('the bureau acknowledges the issued report', async () => {
    await openDemoAs('officer@czj.demo');
    await expect.poll(() => testId(page, 'evaluation-status').textContent()).toContain('已出具报告');
    await testId(page, 'event-ACKNOWLEDGE').click();
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => testId(page, 'evaluation-status').textContent()).toContain('已验收');
  });

  it('the archivist opens the acknowledged evaluation and archives it', async () => {
    await openDemoAs('archivist@firm.demo');
    await expect.poll(() => testId(page, 'evaluation-status').textContent()).toContain('已验收');
    await testId(page, 'tab-archive').click();
    await expect.poll(() => testId(page, 'archive-tab').textContent()).toContain('归档包');
    await testId(page, 'archive-start').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // The action bar offers ARCHIVE too; the tab's own button is the archivist's place for it.
    await testId(page, 'event-ARCHIVE').waitFor();
    await testId(page, 'archive-start').click();
    await page.locator('.ant-popover-buttons .ant-btn-primary').first().click();
    await expect.poll(() => testId(page, 'evaluation-status').textContent()).toContain('已归档');
  });

  it('watches the package build, downloads the zip, verifies it and reads its index', async () => {
    await testId(page, 'tab-archive').click();
    await testId(page, 'archive-sha256').waitFor({ timeout: 150_000 });
    const sha256 = ((await testId(page, 'archive-sha256').textContent()) ?? '').trim();
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.locator('[data-testid="archive-entry"]').count()).toBeGreaterThan(5);
    // The firm's own copy: the complete engagement file (the bureau's copy has no review notes).
    expect(await testId(page, 'archive-audience').textContent()).toContain('完整业务档案');
    await expect
      .poll(() => testId(page, 'archive-contents').textContent())
      .toContain('11 评价过程记录/评价全过程记录.xlsx');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      testId(page, 'archive-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/归档包\.zip$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);

    await testId(page, 'archive-verify').click();
    await expect.poll(() => testId(page, 'archive-verified').textContent()).toContain('校验通过');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'archive-ready.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
  }, 240_000);
});
