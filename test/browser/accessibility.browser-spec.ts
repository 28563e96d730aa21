/**
 * Accessibility of every page, as several kinds of user see them: axe-core finds no critical or
 * serious WCAG 2 A/AA violation, no control is without a name, no text is below WCAG AA contrast
 * (support/accessibility.ts); the indicator tree works from the keyboard; a drawer closes on Esc;
 * field errors are there in words, next to the field.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
/** Each journey walks several pages; a loaded machine needs more than the suite's minute. */
const JOURNEY_TIMEOUT = 240_000;

describe('accessibility of every page (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  async function signedIn(email: string): Promise<Page> {
    if (!browser || !server) throw new Error('setup failed (see beforeAll)');
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    context.setDefaultTimeout(UI_TIMEOUT);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/login');
    await testId(page, 'login-email').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await testId(page, 'login-email').fill(email);
    await testId(page, 'login-password').fill(PASSWORD);
    await testId(page, 'login-submit').click();
    await testId(page, 'home-title').waitFor({ state: 'visible' });
    return page;
  }

  const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it(
    'a team lead’s pages: home, library, every editor tab, 试算 with a result, 修改密码',
    async () => {
      const page = await signedIn('lead@firm.demo');
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.goto('/frameworks');
      await testId(page, 'frameworks-table').waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);

      await page
        .locator('[data-testid^="framework-row-builtin-"]', { hasText: '曹家湾' })
        .locator('a')
        .first()
        .click();
      await testId(page, 'tree-row-1.1.1.1').waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await testId(page, 'tree-row-1.1.1.1').click();
      await page.locator('label[for="node-id"]').waitFor(); // the panel opens after the click
      for (const field of ['node-id', 'node-weight', 'node-name', 'node-explanation', 'node-standard']) {
        expect(await page.locator(`label[for="${field}"]`).count(), field).toBe(1);
      }
      // The panel with its rule editor and clauses (a read-only built-in), then a banded rate rule.
      expect(await accessibilityProblems(page), 'indicator panel').toEqual([]);
      await testId(page, 'tree-row-1.2.1.1').click();
      expect(await accessibilityProblems(page), 'indicator panel, second rule').toEqual([]);
      for (const tab of ['measures-tab', 'grades-tab', 'versions-tab']) {
        await testId(page, tab).click();
        expect(await accessibilityProblems(page), tab).toEqual([]);
      }
      await testId(page, 'try-it-tab').click();
      await testId(page, 'try-it-fill').click();
      await testId(page, 'try-it-run').click();
      await testId(page, 'try-it-total').waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'a11y-try-it.png') });

      await page.goto('/account/password');
      await testId(page, 'password-new').fill('曹家湾绩效评价-2026-新密码');
      await testId(page, 'password-confirm').fill('曹家湾绩效评价-2026-新');
      const confirmItem = page.locator('nz-form-item', { has: testId(page, 'password-confirm') });
      await expect
        .poll(() => confirmItem.locator('.ant-form-item-explain-error').textContent())
        .toBe('两次输入的密码不一致');
      expect(await accessibilityProblems(page)).toEqual([]);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'a team lead’s evaluation: the list, every tab of a returned plan, the adopted system in the editor',
    async () => {
      const page = await signedIn('lead@firm.demo');
      await page.goto('/evaluations');
      await testId(page, 'evaluations-table').waitFor();
      expect(await accessibilityProblems(page), '/evaluations').toEqual([]);
      await page
        .locator('[data-testid="evaluation-link"]', { hasText: '宁边路街道办事处2025年度' })
        .first()
        .click();
      await testId(page, 'page-title').waitFor();
      expect(await accessibilityProblems(page), 'overview').toEqual([]);
      for (const tab of ['tab-team', 'tab-plan', 'tab-history']) {
        await testId(page, tab).click();
        expect(await accessibilityProblems(page), tab).toEqual([]);
      }
      await testId(page, 'tab-framework').click();
      await testId(page, 'adopted-editor').waitFor();
      await testId(page, 'tree-row-1.1.1.2').click();
      await testId(page, 'rule-kind').waitFor();
      expect(await accessibilityProblems(page), 'adopted system, a step rule on a rate').toEqual([]);
      await testId(page, 'clause-deduction-add').click();
      await testId(page, 'clause-exemption-add').click();
      expect(await accessibilityProblems(page), 'clause forms with their errors').toEqual([]);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'a11y-evaluation-framework.png') });
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'the indicator tree works from the keyboard: rows take focus, Enter selects, arrows fold',
    async () => {
      const page = await signedIn('lead@firm.demo');
      await page.goto('/frameworks');
      await page
        .locator('[data-testid^="framework-row-builtin-"]', { hasText: '曹家湾' })
        .locator('a')
        .first()
        .click();
      const row = testId(page, 'tree-row-1.1');
      await row.waitFor();
      await row.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => testId(page, 'node-id').inputValue()).toBe('1.1');
      expect(await row.getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => testId(page, 'tree-row-1.1.1').count()).toBe(0);
      expect(await testId(page, 'toggle-1.1').getAttribute('aria-label')).toBe('展开“目标设定”');
      await page.keyboard.press('ArrowRight');
      await testId(page, 'tree-row-1.1.1').waitFor();
      // The next row is one Tab away.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
      expect(focused).toMatch(/^(toggle|tree-row)-1\.1/);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'an admin’s pages: users and the audit log',
    async () => {
      const page = await signedIn('admin@zsl.demo');
      for (const [path, ready] of [
        ['/admin/users', 'users-table'],
        ['/admin/audit', 'verify-chain'],
      ] as const) {
        await page.goto(path);
        await testId(page, ready).waitFor();
        expect(await accessibilityProblems(page), path).toEqual([]);
      }
      // The tab title follows the language too.
      expect(await page.title()).toBe('审计日志 · 绩效评价协同平台');
      await page.getByRole('button', { name: '切换语言' }).click();
      await expect.poll(() => page.title()).toBe('Audit log · Jixiao');
      expect(await accessibilityProblems(page)).toEqual([]);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'the operator’s organisations: the drawer closes on Esc; an over-long 单位名称 says the limit',
    async () => {
      const page = await signedIn('operator@platform.demo');
      await page.goto('/admin/organisations');
      await testId(page, 'orgs-table').waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await testId(page, 'create-org').click();
      const drawer = page.locator('.ant-drawer-content');
      await drawer.waitFor();
      await testId(page, 'org-name-input').fill('单'.repeat(201));
      await testId(page, 'org-name-input').blur();
      const nameItem = page.locator('nz-form-item', { has: testId(page, 'org-name-input') });
      await expect
        .poll(() => nameItem.locator('.ant-form-item-explain-error').textContent())
        .toContain('不能超过 200 个字符（现有 201 个）');
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'a11y-organisation-drawer.png') });
      await page.keyboard.press('Escape');
      // Closed, ng-zorro slides the panel out (it stays in the DOM): the open marker goes.
      await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);
    },
    JOURNEY_TIMEOUT,
  );
});
