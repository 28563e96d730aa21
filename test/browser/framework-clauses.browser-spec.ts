/**
 * The new clauses in the editor, in the browser: the team lead copies a built-in system, adds an
 * extra deduction ("另…每发现1处扣0.1分") to a scoring point that already deducts per finding (two
 * routes on one leaf), sees the empty finding's error next to its field, saves, reloads, finds the
 * clause again, and scores it in 试算, whose explanation shows both routes.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
const COPY_NAME = `曹家湾（另行扣分测试 ${Date.now().toString(36)}）`;

describe('indicator-system clauses in the editor (production build, Chromium)', () => {
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

  it('the team lead copies 曹家湾 into the library', async () => {
    await page.goto('/login');
    await testId('login-email').fill('lead@firm.demo');
    await testId('login-password').fill(PASSWORD);
    await testId('login-submit').click();
    await testId('home-title').waitFor({ state: 'visible' });
    await page.goto('/frameworks');
    const row = page.locator('[data-testid^="framework-row-builtin-"]', { hasText: '曹家湾' });
    await row.locator('[data-testid="copy-framework"]').click();
    const name = testId('framework-name-input');
    await expect.poll(() => name.inputValue()).toContain('（副本）');
    await name.fill(COPY_NAME);
    await page.locator('.ant-modal-footer .ant-btn-primary').first().click();
    await testId('tree-row-1.1.1.1').waitFor();
  });

  it('adds an extra deduction: the empty finding is an error next to its field; filled in, it saves', async () => {
    await testId('tree-row-1.1.1.1').click();
    await testId('clause-deduction-add').click();
    const label = testId('clause-deduction-label-0');
    await label.waitFor();
    const item = page.locator('nz-form-item', { has: label });
    await expect.poll(() => item.locator('.ant-form-item-explain-error').textContent()).toMatch(/\S/);
    await label.fill('审计发现问题');
    await testId('clause-deduction-per-0').fill('0.1');
    await expect.poll(() => item.locator('.ant-form-item-explain-error').count()).toBe(0);
    // A maximum above the weight (0.5) is named next to the maximum.
    const max = testId('clause-deduction-max-0');
    await max.fill('9');
    const maxItem = page.locator('nz-form-item', { has: max });
    await expect.poll(() => maxItem.locator('.ant-form-item-explain-error').textContent()).toContain('0.5');
    await max.fill('0.5');
    await expect.poll(() => maxItem.locator('.ant-form-item-explain-error').count()).toBe(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'frameworks-clause-editor.png') });

    await testId('save-framework').click();
    await expect.poll(() => testId('framework-version').textContent()).toContain('第 2 版');
  });

  it('after a reload the clause is still there', async () => {
    await page.reload();
    await testId('tree-row-1.1.1.1').click();
    await expect.poll(() => testId('clause-deduction-label-0').inputValue()).toBe('审计发现问题');
    expect(await testId('clause-deduction-per-0').inputValue()).toBe('0.1');
    expect(await testId('clause-deduction-max-0').inputValue()).toBe('0.5');
  });

  it('试算: two findings of the extra deduction on top of the rule; the explanation shows both routes', async () => {
    await testId('try-it-tab').click();
    const figures = page.locator('[data-testid^="figure-"]');
    await expect.poll(() => figures.count()).toBeGreaterThan(0);
    const count = await figures.count();
    for (let i = 0; i < count; i++) await figures.nth(i).fill('100');
    await testId('try-it-fill').click();
    const findings = page.locator('[data-testid="try-it-clauses"] input').first();
    await findings.fill('2');
    const clauseLabel = await page.locator('[data-testid="try-it-clauses"] label').first().textContent();
    expect(clauseLabel).toContain('审计发现问题');
    expect(clauseLabel).not.toContain('#');
    await testId('try-it-run').click();
    const row = testId('result-row-1.1.1.1');
    await expect.poll(() => row.textContent()).toContain('审计发现问题');
    const text = (await row.textContent()) ?? '';
    // The rule's route (0 findings: full 0.5) and the extra route (2 × 0.1 deducted): 0.3.
    expect(text).toMatch(/2 处，每处扣 0\.1 分/);
    expect(text).toMatch(/0\.5 − 0\.2 = 0\.3/);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'frameworks-clause-try-it.png') });
  });
});
