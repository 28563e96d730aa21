/**
 * The demo evaluation in fieldwork (中山路 2024) in the browser at 1366×768: the unit's liaison sees
 * its figures with the team's verification (one questioned, one corrected beside the entered value);
 * the firm's evaluator opens the scoring workbench, scores the last open indicator and sees the total
 * and grade appear, then overrides another and sees the grade change — live, before saving, and the
 * same after saving (the browser and the API run the same `evaluate`).
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
const DEMO = '中山路街道办事处2024年度部门整体支出绩效评价';

describe('fiscal figures and the scoring workbench (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let liaison: Page;
  let evaluator: Page;

  async function newPage(): Promise<Page> {
    if (!browser || !server) throw new Error('setup failed (see beforeAll)');
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    context.setDefaultTimeout(UI_TIMEOUT);
    contexts.push(context);
    return context.newPage();
  }

  const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
  const text = async (page: Page, id: string) => ((await testId(page, id).textContent()) ?? '').trim();

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await testId(page, 'login-email').fill(email);
    await testId(page, 'login-password').fill(PASSWORD);
    await testId(page, 'login-submit').click();
    await testId(page, 'home-title').waitFor({ state: 'visible' });
  }

  async function openDemo(page: Page): Promise<void> {
    await testId(page, 'menu-evaluations').click();
    await testId(page, 'evaluations-table').waitFor();
    const row = page.locator('[data-testid^="evaluation-row-"]', { hasText: DEMO });
    await row.locator('[data-testid="evaluation-link"]').click();
    await expect.poll(() => testId(page, 'page-title').textContent()).toContain(DEMO);
  }

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
    liaison = await newPage();
    evaluator = await newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('the unit’s liaison sees its figures, the questioned one and the correction beside its value', async () => {
    await signIn(liaison, 'liaison@zsl.demo');
    await openDemo(liaison);
    await testId(liaison, 'tab-figures').click();
    await testId(liaison, 'figure-initial_budget').waitFor();
    await expect.poll(() => text(liaison, 'figure-verification-carryover_total')).toBe('存疑');
    await expect.poll(() => text(liaison, 'figure-verification-three_public_actual')).toBe('已更正');
    const row = testId(liaison, 'figure-three_public_actual');
    expect(await row.locator('input').first().inputValue()).toBe('27.2');
    expect(await row.locator('[data-testid="figure-corrected"]').textContent()).toContain('2.72');
    expect(await accessibilityProblems(liaison)).toEqual([]);
    // The unit never sees the workbench.
    expect(await testId(liaison, 'tab-workbench').count()).toBe(0);
    await row.scrollIntoViewIfNeeded();
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'figures-unit.png') });
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'figures-unit-full.png'), fullPage: true });
  });

  it('the evaluator scores the last open indicator and sees the total and grade appear', async () => {
    await signIn(evaluator, 'evaluator@firm.demo');
    await openDemo(evaluator);
    await testId(evaluator, 'tab-workbench').click();
    await testId(evaluator, 'workbench-table').waitFor();
    await expect.poll(() => text(evaluator, 'live-total')).toBe('—');
    expect(await accessibilityProblems(evaluator)).toEqual([]);
    await evaluator.screenshot({ path: resolve(SCREENSHOTS, 'workbench-open.png') });

    await testId(evaluator, 'score-4.2.1').click();
    await testId(evaluator, 'indicator-editor').waitFor();
    expect(await accessibilityProblems(evaluator)).toEqual([]);
    await testId(evaluator, 'score-override').fill('7');
    // Live, before saving: the browser runs the domain's evaluate on every edit.
    await expect.poll(() => text(evaluator, 'live-total')).toBe('93.35');
    await expect.poll(() => text(evaluator, 'live-grade')).toBe('优');
    await testId(evaluator, 'score-save').click();
    // An override needs its reason: the error shows next to the field and nothing is lost.
    await expect
      .poll(() => evaluator.locator('[data-testid="indicator-editor"] [role="alert"]').count())
      .toBe(1);
    expect(await testId(evaluator, 'score-override').inputValue()).toBe('7');
    await testId(evaluator, 'score-override-reason').fill('问卷满意度 93%，酌情给满分');
    await testId(evaluator, 'score-findings').fill('发放问卷 120 份，回收有效问卷 112 份，满意 104 份。');
    await testId(evaluator, 'score-save').click();
    await testId(evaluator, 'indicator-editor').waitFor({ state: 'detached' });
    await expect.poll(() => text(evaluator, 'final-4.2.1')).toBe('7');
    await expect.poll(() => text(evaluator, 'stored-total')).toContain('93.35');
    await evaluator.waitForTimeout(500); // the drawer's close animation
    await evaluator.screenshot({ path: resolve(SCREENSHOTS, 'workbench-scored.png') });
  });

  it('an override that lowers a score changes the grade and requires a deduction reason', async () => {
    await testId(evaluator, 'score-3.1.1').click();
    await testId(evaluator, 'indicator-editor').waitFor();
    await testId(evaluator, 'score-override').fill('0');
    await testId(evaluator, 'score-override-reason').fill('项目完成情况无法核实');
    await expect.poll(() => text(evaluator, 'live-total')).toBe('81.35');
    await expect.poll(() => text(evaluator, 'live-grade')).toBe('良');
    await testId(evaluator, 'score-save').click();
    await expect.poll(() => text(evaluator, 'deduction-error')).toBe('得分低于分值，请填写扣分原因');
    await evaluator.screenshot({ path: resolve(SCREENSHOTS, 'workbench-deduction-required.png') });
    await testId(evaluator, 'score-deduction').fill('未能提供项目验收资料，无法核实完成情况');
    await testId(evaluator, 'score-save').click();
    await testId(evaluator, 'indicator-editor').waitFor({ state: 'detached' });
    await expect.poll(() => text(evaluator, 'stored-total')).toContain('81.35');
    expect(await text(evaluator, 'live-grade')).toBe('良');
    await testId(evaluator, 'level1-chart').waitFor();
    await evaluator.waitForTimeout(800); // the drawer's close and the chart's animation
    await evaluator.screenshot({ path: resolve(SCREENSHOTS, 'workbench-grade-changed.png') });
  });
});
