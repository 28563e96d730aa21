/**
 * The indicator-system library in the browser: a firm's team lead sees the two built-in systems,
 * copies one, breaks and fixes a weight in the editor (the parent's live sum turns red and back),
 * saves version 2, and tries the system out with a few figures.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
const COPY_NAME = `曹家湾指标体系（浏览器测试 ${Date.now().toString(36)}）`;

describe('indicator-system library journey (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  const testId = (id: string) => page.locator(`[data-testid="${id}"]`).first();

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    context.setDefaultTimeout(UI_TIMEOUT);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  /** The page itself never scrolls sideways at 1366×768 (tables may scroll inside). */
  async function expectNoHorizontalScroll(): Promise<void> {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }

  it('the team lead opens 指标体系库 and sees the two built-in systems', async () => {
    await page.goto('/login');
    await testId('login-email').fill('lead@firm.demo');
    await testId('login-password').fill(PASSWORD);
    await testId('login-submit').click();
    await testId('home-title').waitFor({ state: 'visible' });
    await testId('menu-frameworks').click();
    await testId('frameworks-table').waitFor();
    const builtins = page.locator('[data-testid^="framework-row-builtin-"]');
    await expect.poll(() => builtins.count()).toBe(2);
    const text = await testId('frameworks-table').textContent();
    expect(text).toContain('中山路街道');
    expect(text).toContain('曹家湾');
    expect(text).toContain('内置');
    await expectNoHorizontalScroll();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'frameworks-library.png') });
  });

  it('copies a built-in system and opens the copy in the editor', async () => {
    const row = page.locator('[data-testid^="framework-row-builtin-"]', { hasText: '曹家湾' });
    await row.locator('[data-testid="copy-framework"]').click();
    const name = testId('framework-name-input');
    await expect.poll(() => name.inputValue()).toContain('（副本）');
    await name.fill(COPY_NAME);
    await page.locator('.ant-modal-footer .ant-btn-primary').first().click();
    await testId('framework-editor').waitFor();
    await testId('tree-row-1.1.1.1').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/frameworks\/(?!builtin-)/);
    await expect.poll(() => testId('framework-name').inputValue()).toBe(COPY_NAME);
    await expect.poll(() => testId('framework-version').textContent()).toContain('第 1 版');
  });

  it('a wrong weight turns the parent sum red; fixing it clears it; saving makes version 2', async () => {
    await testId('tree-row-1.1.1.1').click();
    const weight = testId('node-weight');
    await expect.poll(() => weight.inputValue()).toBe('0.5');
    const sum = testId('weight-sum-1.1.1');
    expect(await sum.getAttribute('data-differs')).toBe('false');

    await weight.fill('0.6');
    await expect.poll(() => sum.getAttribute('data-differs')).toBe('true');
    expect(await sum.textContent()).toContain('1.6');
    // The validator's message for this row (level-4 scoring points under a level-3 indicator).
    expect(await testId('row-problem-1.1.1').textContent()).toMatch(/合计 1\.6，不等于.*1\.5/);
    await expectNoHorizontalScroll();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'frameworks-editor-sum-red.png') });

    await weight.fill('0.5');
    await expect.poll(() => sum.getAttribute('data-differs')).toBe('false');
    const nodeName = testId('node-name');
    await nodeName.fill(`${await nodeName.inputValue()}（已核对）`);
    await testId('save-note').fill('浏览器测试：核对指标名称');
    await testId('save-framework').click();
    await expect.poll(() => testId('framework-version').textContent()).toContain('第 2 版');
    expect(await testId('unsaved').count()).toBe(0);
    await testId('versions-tab').click();
    await expect.poll(() => testId('versions-table').textContent()).toContain('浏览器测试：核对指标名称');
  });

  it('试算: a few figures and full-score observations give a total and a grade', async () => {
    await testId('try-it-tab').click();
    const figures = page.locator('[data-testid^="figure-"]');
    await expect.poll(() => figures.count()).toBeGreaterThan(0);
    const count = await figures.count();
    for (let i = 0; i < count; i++) await figures.nth(i).fill('100');
    await testId('try-it-fill').click();
    await testId('try-it-run').click();
    await expect.poll(() => testId('try-it-total').textContent()).toMatch(/\d/);
    expect(await testId('try-it-grade').textContent()).toMatch(/[优良中差]/);
    expect(await page.locator('[data-testid^="result-row-"]').count()).toBeGreaterThan(10);
    await expectNoHorizontalScroll();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'frameworks-try-it.png') });
  });

  it('Excel: the blank template downloads, a dry-run import shows its check, the copy exports', async () => {
    await page.goto('/frameworks');
    await testId('frameworks-table').waitFor();
    const [blank] = await Promise.all([page.waitForEvent('download'), testId('blank-template').click()]);
    expect(blank.suggestedFilename()).toMatch(/\.xlsx$/);
    const blankPath = resolve(SCREENSHOTS, 'blank-template.xlsx');
    await blank.saveAs(blankPath);

    await testId('import-framework').click();
    await testId('import-file').setInputFiles(blankPath);
    // The blank template carries one small example, which passes the dry-run check.
    await testId('import-ok').waitFor();
    expect(await testId('import-ok').textContent()).toMatch(/可以导入：\d+ 个指标/);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'frameworks-import-preview.png') });
    await testId('import-confirm').click();
    await page.waitForURL(/\/frameworks\/(?!builtin-)[^/]+$/);
    await testId('tree-row-1').waitFor();
    await page.goto('/frameworks');
    await testId('frameworks-table').waitFor();

    const row = page.locator('[data-testid^="framework-row-"]', { hasText: COPY_NAME });
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      row.locator('[data-testid="export-framework"]').click(),
    ]);
    expect(exported.suggestedFilename()).toBe(`${COPY_NAME}.xlsx`);
  });

  it('the copy is listed in the library as the organisation’s own, version 2', async () => {
    await page.goto('/frameworks');
    const row = page.locator('[data-testid^="framework-row-"]', { hasText: COPY_NAME });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('本单位');
    expect(text).toContain('第 2 版');
  });
});
