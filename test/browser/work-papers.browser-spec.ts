/**
 * Work papers (工作底稿) in the browser at 1366×768, on the demo evaluation in fieldwork (中山路 2024):
 * the firm's lead finds the two demo papers grouped by indicator and topic, writes a new topic paper
 * with an attachment, and signs off the interview note assigned to them; the unit's liaison and the
 * bureau's officer open the same evaluation and have no 工作底稿 tab at all.
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
const EVALUATION = '昌吉市人民政府中山路街道办事处2024年度部门整体支出绩效评价';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('work papers (工作底稿): the firm writes and reviews, no one else sees them', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let evaluationPath = '';

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
    await testId(page, 'login-email').fill(email);
    await testId(page, 'login-password').fill(PASSWORD);
    await testId(page, 'login-submit').click();
    await testId(page, 'home-title').waitFor({ state: 'visible' });
    return page;
  }

  const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();

  async function openEvaluation(page: Page): Promise<void> {
    if (evaluationPath) await page.goto(evaluationPath);
    else {
      await testId(page, 'menu-evaluations').click();
      await page.locator('[data-testid="evaluation-link"]', { hasText: EVALUATION }).first().click();
      await page.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);
      evaluationPath = new URL(page.url()).pathname;
    }
    await expect.poll(() => testId(page, 'page-title').textContent()).toBe(EVALUATION);
  }

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('the lead finds the papers grouped, writes a topic paper with an attachment and signs one off', async () => {
    const lead = await signedIn('lead@firm.demo');
    await openEvaluation(lead);
    await testId(lead, 'tab-papers').click();
    await testId(lead, 'papers-list').waitFor();
    await expect
      .poll(() => lead.locator('[data-testid="paper-group"]').allTextContents())
      .toEqual(['1.1.1.1 资金支出规范性', '访谈记录：财务负责人']);

    await testId(lead, 'paper-new').click();
    await testId(lead, 'paper-kind-topic').click();
    await testId(lead, 'paper-topic').fill('现场勘查：社区服务中心');
    await testId(lead, 'paper-new-body').fill('勘查时间：现场评价第 3 天；设施运行正常，台账齐全。');
    await testId(lead, 'paper-create').click();
    await expect.poll(() => testId(lead, 'paper-title').textContent()).toContain('现场勘查：社区服务中心');
    await testId(lead, 'paper-file-input').setInputFiles({
      name: '勘查照片说明.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await expect.poll(() => testId(lead, 'paper-attachments').textContent()).toContain('勘查照片说明.pdf');
    await expect
      .poll(() => lead.locator('[data-testid="paper-group"]').allTextContents())
      .toEqual(['1.1.1.1 资金支出规范性', '访谈记录：财务负责人', '现场勘查：社区服务中心']);

    await lead.locator('[data-testid="paper-item"]').nth(1).click();
    await expect.poll(() => testId(lead, 'paper-title').textContent()).toContain('访谈记录');
    await testId(lead, 'paper-review-note-input').fill('要点记录完整，请补充差异核实结果。');
    await testId(lead, 'paper-sign-off').click();
    await expect.poll(() => testId(lead, 'paper-review').textContent()).toContain('已复核');
    expect(await testId(lead, 'paper-history').textContent()).toContain('复核');

    await lead.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-work-papers.png') });
    const overflow = await lead.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityProblems(lead)).toEqual([]);
  });

  it('the unit and the bureau see the evaluation without a 工作底稿 tab', async () => {
    for (const email of ['liaison@zsl.demo', 'officer@czj.demo']) {
      const page = await signedIn(email);
      await openEvaluation(page);
      await testId(page, 'tab-history').waitFor();
      expect(await page.locator('[data-testid="tab-papers"]').count()).toBe(0);
    }
  });
});
