/**
 * The indicator-system editor keeps work and refuses nonsense: with unsaved edits, an in-app link,
 * the browser's Back and a reload all ask before leaving (and "stay" keeps the edits); absurd values
 * (a weight of 99,999,999,999, a 560-character name, a grade bound of 200 on a 100-point system) are
 * errors on their fields that block saving.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;

describe('indicator-system editor: unsaved changes and limits (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let editorPath = '';
  const consoleErrors: string[] = [];

  const testId = (id: string) => page.locator(`[data-testid="${id}"]`).first();
  const leaveDialog = () => page.locator('.ant-modal-confirm');

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
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('401')) consoleErrors.push(message.text());
    });
    await page.goto('/login');
    await testId('login-email').fill('lead@firm.demo');
    await testId('login-password').fill(PASSWORD);
    await testId('login-submit').click();
    await testId('home-title').waitFor({ state: 'visible' });
    await testId('menu-frameworks').click();
    const row = page.locator('[data-testid^="framework-row-builtin-"]', { hasText: '曹家湾' });
    await row.locator('[data-testid="copy-framework"]').click();
    await testId('framework-name-input').fill(`守护测试 ${Date.now().toString(36)}`);
    await page.locator('.ant-modal-footer .ant-btn-primary').first().click();
    await testId('tree-row-1.1.1.1').waitFor();
    editorPath = new URL(page.url()).pathname;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function editName(text: string): Promise<void> {
    await testId('tree-row-1.1.1.1').click();
    await testId('node-name').fill(text);
    await testId('unsaved').waitFor();
  }

  it('an in-app link with unsaved edits asks; "continue editing" stays with the edits, "leave" leaves', async () => {
    await editName('绩效目标合理性（未保存）');
    await testId('menu-frameworks').click();
    await leaveDialog().waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'editor-leave-dialog.png') });
    await leaveDialog().getByRole('button', { name: '继续编辑' }).click();
    await leaveDialog().waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(editorPath);
    expect(await testId('node-name').inputValue()).toBe('绩效目标合理性（未保存）');

    await testId('menu-frameworks').click();
    await leaveDialog().getByRole('button', { name: '放弃并离开' }).click();
    await testId('frameworks-table').waitFor();
    expect(new URL(page.url()).pathname).toBe('/frameworks');
    expect(consoleErrors.filter((text) => text.includes('NG0'))).toEqual([]);
  });

  it('the browser’s Back with unsaved edits asks; staying keeps the page, the edits and the history', async () => {
    await page
      .locator('[data-testid^="framework-row-"]', { hasText: '守护测试' })
      .locator('a')
      .first()
      .click();
    await testId('tree-row-1.1.1.1').waitFor();
    expect(new URL(page.url()).pathname).toBe(editorPath);
    await editName('绩效目标合理性（返回前）');
    await page.evaluate(() => history.back());
    await leaveDialog().waitFor();
    await leaveDialog().getByRole('button', { name: '继续编辑' }).click();
    await leaveDialog().waitFor({ state: 'detached' });
    await expect.poll(() => new URL(page.url()).pathname).toBe(editorPath);
    expect(await testId('node-name').inputValue()).toBe('绩效目标合理性（返回前）');

    // Asked again, and this time leaving goes back to the library.
    await page.evaluate(() => history.back());
    await leaveDialog().getByRole('button', { name: '放弃并离开' }).click();
    await testId('frameworks-table').waitFor();
    expect(new URL(page.url()).pathname).toBe('/frameworks');
  });

  it('a reload with unsaved edits asks the browser to confirm; cancelling keeps the edits', async () => {
    await page.goto(editorPath);
    await testId('tree-row-1.1.1.1').waitFor();
    await editName('绩效目标合理性（刷新前）');
    const asked = page.waitForEvent('dialog');
    // Dismissed, the reload never completes: its promise only times out.
    const reload = page.reload({ timeout: 2000 }).catch(() => undefined);
    const dialog: Dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(await testId('node-name').inputValue()).toBe('绩效目标合理性（刷新前）');
    await testId('unsaved').waitFor();

    await reload;

    // Accepting leaves (the edits are dropped); without edits, a reload does not ask.
    let asks = 0;
    const accept = (other: Dialog) => {
      asks += 1;
      void other.accept();
    };
    page.on('dialog', accept);
    await page.reload();
    await testId('tree-row-1.1.1.1').waitFor();
    expect(asks).toBe(1);
    expect(await testId('unsaved').count()).toBe(0);
    await page.reload();
    await testId('tree-row-1.1.1.1').waitFor();
    expect(asks).toBe(1);
    page.off('dialog', accept);
  });

  it('absurd values are errors on their fields and block saving; fixing them allows it', async () => {
    await testId('tree-row-1.1.1.1').click();
    await testId('node-weight').fill('99999999999');
    await testId('node-name').fill('名'.repeat(560));
    const panel = testId('indicator-panel');
    await expect.poll(() => panel.textContent()).toContain('权重 99999999999 超过上级指标的权重 1.5');
    expect(await panel.textContent()).toContain('指标名称不能超过 200 个字符（现有 560 个）');
    expect(await testId('node-weight').getAttribute('aria-invalid')).toBe('true');
    expect(await testId('save-framework').isDisabled()).toBe(true);
    expect(await testId('limit-count').textContent()).toContain('2 处超出限制');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'editor-limits.png') });

    await testId('node-weight').fill('0.5');
    await testId('node-name').fill('绩效目标合理性（已核对）');
    await expect.poll(() => testId('limit-count').count()).toBe(0);

    await testId('grades-tab').click();
    await testId('grade-min-0').fill('200');
    await expect.poll(() => testId('grade-min-error-0').textContent()).toBe('等级下限 200 超过总分 100');
    expect(await testId('save-framework').isDisabled()).toBe(true);
    await testId('grade-min-0').fill('90');
    await expect.poll(() => testId('save-framework').isDisabled()).toBe(false);
    await testId('save-framework').click();
    await expect.poll(() => testId('framework-version').textContent()).toContain('第 2 版');
  });
});
