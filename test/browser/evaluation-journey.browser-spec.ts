/**
 * One evaluation from commission to the approved work plan in the browser, as three demo users of
 * two organisations at 1366×768: the bureau's performance officer commissions it, the firm's team
 * lead accepts, forms the team and declares, the evaluator declares, the lead adopts an indicator
 * system, writes and submits the plan; the officer returns it with a comment, the lead revises and
 * resubmits, the officer approves — and the history shows who did what.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
const TITLE = `宁边路街道2025年度部门整体支出绩效评价（浏览器测试 ${Date.now().toString(36)}）`;
/** A minimal PDF (the API sniffs the content, not the name). */
const LETTER = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
const RETURN_COMMENT = '请补充现场评价阶段的风险及应对措施。';

describe('evaluation journey: commission to approved work plan (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let officer: Page;
  let lead: Page;
  let evaluator: Page;
  let evaluationPath = '';

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
  const status = (page: Page) => testId(page, 'evaluation-status').textContent();

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await testId(page, 'login-email').fill(email);
    await testId(page, 'login-password').fill(PASSWORD);
    await testId(page, 'login-submit').click();
    await testId(page, 'home-title').waitFor({ state: 'visible' });
  }

  /** Opens an nz-select and picks the option whose label contains `text`. */
  async function choose(page: Page, select: string, text: string): Promise<void> {
    await page.locator(select).first().click();
    await page.locator('.ant-select-item-option', { hasText: text }).first().click();
  }

  /** Presses a lifecycle button and confirms its dialog (with a comment when given). */
  async function sendEvent(page: Page, event: string, comment?: string): Promise<void> {
    await testId(page, `event-${event}`).click();
    if (comment) await testId(page, 'action-comment').fill(comment);
    await page.locator('.ant-modal-footer .ant-btn-primary').first().click();
    await page.locator('.ant-modal-footer').first().waitFor({ state: 'detached' });
  }

  async function openEvaluation(page: Page): Promise<void> {
    await page.goto(evaluationPath);
    await testId(page, 'page-title').waitFor();
    await expect.poll(() => testId(page, 'page-title').textContent()).toBe(TITLE);
  }

  async function expectNoHorizontalScroll(page: Page): Promise<void> {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
    officer = await newPage();
    lead = await newPage();
    evaluator = await newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('the performance officer sees the demo evaluations and commissions a new one', async () => {
    await signIn(officer, 'officer@czj.demo');
    await testId(officer, 'menu-evaluations').click();
    await testId(officer, 'evaluations-table').waitFor();
    await expect.poll(() => officer.locator('[data-testid^="evaluation-row-"]').count()).toBeGreaterThan(0);
    await expectNoHorizontalScroll(officer);
    await officer.screenshot({ path: resolve(SCREENSHOTS, 'evaluations-list.png') });

    await testId(officer, 'commission-evaluation').click();
    await testId(officer, 'commission-form').waitFor();
    await testId(officer, 'commission-submit').click();
    await expect.poll(() => officer.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(3);

    await choose(officer, '[data-testid="commission-unit"]', '宁边路');
    await testId(officer, 'commission-title').fill(TITLE);
    await testId(officer, 'commission-funds').fill('1286.5');
    await testId(officer, 'commission-focus').fill('预算执行、三公经费控制和重点项目绩效目标完成情况');
    await testId(officer, 'commission-requirements').fill('按期提交评价方案，现场评价前与单位确认资料清单');
    await choose(officer, '[data-testid="commission-firm"]', '正衡');
    await testId(officer, 'commission-letter').setInputFiles({
      name: '委托书.pdf',
      mimeType: 'application/pdf',
      buffer: LETTER,
    });
    await expect.poll(() => testId(officer, 'commission-letter-name').textContent()).toBe('委托书.pdf');
    await officer.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-commission.png') });
    await testId(officer, 'commission-submit').click();
    await officer.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);
    evaluationPath = new URL(officer.url()).pathname;
    await expect.poll(() => status(officer)).toContain('待机构确认');
    expect(await testId(officer, 'parties').textContent()).toContain('新疆正衡会计师事务所有限公司');
    await expect.poll(() => testId(officer, 'files-engagement_letter').textContent()).toContain('委托书.pdf');
  });

  it('the team lead finds it in 待办 and accepts', async () => {
    await signIn(lead, 'lead@firm.demo');
    const todo = lead.locator('[data-testid="todo-item"]', { hasText: TITLE });
    await todo.waitFor();
    expect(await todo.textContent()).toContain('接受委托');
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-home-todo.png') });
    await todo.locator('[data-testid="todo-link"]').click();
    await expect.poll(() => testId(lead, 'page-title').textContent()).toBe(TITLE);
    await sendEvent(lead, 'ACCEPT');
    await expect.poll(() => status(lead)).toContain('编制评价方案');
  });

  it('the lead forms the team and declares independence', async () => {
    await testId(lead, 'tab-team').click();
    await testId(lead, 'team-edit').click();
    await choose(lead, '[data-testid="team-row-0"] [data-testid="team-member"]', '陈立');
    await testId(lead, 'team-add').click();
    await choose(lead, '[data-testid="team-row-1"] [data-testid="team-member"]', '赵雪');
    await lead
      .locator('[data-testid="team-row-1"] [data-testid="team-duties"]')
      .fill('负责产出、效益指标的核查');
    await testId(lead, 'team-save').click();
    await testId(lead, 'team-table').waitFor();
    await expect.poll(() => lead.locator('[data-testid="not-declared"]').count()).toBe(2);

    await testId(lead, 'declaration-submit').click();
    await expect.poll(() => lead.locator('.ant-form-item-explain-error').count()).toBe(1);
    await testId(lead, 'declaration-confirm').click();
    await testId(lead, 'declaration-submit').click();
    await expect.poll(() => lead.locator('[data-testid="declared"]').count()).toBe(1);
    await expect.poll(() => testId(lead, 'declaration-form').count()).toBe(0);
  });

  it('the evaluator declares too', async () => {
    await signIn(evaluator, 'evaluator@firm.demo');
    const todo = evaluator.locator('[data-testid="todo-item"]', { hasText: TITLE });
    await todo.waitFor();
    expect(await todo.textContent()).toContain('签署回避声明');
    await todo.locator('[data-testid="todo-link"]').click();
    await testId(evaluator, 'tab-team').click();
    await testId(evaluator, 'declaration-form').waitFor();
    await evaluator.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-declaration.png') });
    await testId(evaluator, 'declaration-confirm').click();
    await testId(evaluator, 'declaration-submit').click();
    await expect.poll(() => evaluator.locator('[data-testid="declared"]').count()).toBe(2);
  });

  it('the lead adopts an indicator system, writes the plan and submits it', async () => {
    await openEvaluation(lead);
    await testId(lead, 'tab-framework').click();
    await testId(lead, 'framework-library').waitFor();
    const builtin = lead.locator('[data-testid^="library-builtin-"]', { hasText: '中山路' });
    await builtin.locator('[data-testid="adopt-framework"]').click();
    await expect.poll(() => testId(lead, 'adopted-name').textContent()).toContain('中山路');
    // The lead may adapt the adopted copy: the library's editor, not a read-only table.
    await expect.poll(() => lead.locator('[data-testid^="tree-row-"]').count()).toBeGreaterThan(10);
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-framework.png') });

    await testId(lead, 'tab-plan').click();
    await testId(lead, 'plan-form').waitFor();
    await expect.poll(() => lead.locator('[data-testid="plan-blocker"]').count()).toBeGreaterThan(0);
    await testId(lead, 'plan-purpose').fill('评价宁边路街道2025年度部门整体支出的经济性、效率性和效益性');
    await testId(lead, 'plan-basis').fill('《中华人民共和国预算法》及部门整体支出绩效评价相关办法');
    await testId(lead, 'plan-methods').fill('比较法、因素分析法、公众评判法');
    await testId(lead, 'plan-schedule').fill('一月前期准备，二至四月现场评价，五月出具初稿');
    await testId(lead, 'plan-risks').fill('资料提供不及时：提前发送资料清单并约定时限');
    await testId(lead, 'plan-save').click();
    await testId(lead, 'plan-ready').waitFor();
    await expectNoHorizontalScroll(lead);
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-plan.png') });
    await sendEvent(lead, 'SUBMIT_PLAN');
    await expect.poll(() => status(lead)).toContain('方案待审核');
  });

  it('the officer returns the plan with a comment', async () => {
    await openEvaluation(officer);
    await expect.poll(() => status(officer)).toContain('方案待审核');
    await testId(officer, 'event-RETURN_PLAN').click();
    await officer.locator('.ant-modal-footer .ant-btn-primary').first().click();
    await expect.poll(() => officer.locator('.ant-modal .ant-form-item-explain-error').count()).toBe(1);
    await officer.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-return-dialog.png') });
    await testId(officer, 'action-comment').fill(RETURN_COMMENT);
    await officer.locator('.ant-modal-footer .ant-btn-primary').first().click();
    await expect.poll(() => status(officer)).toContain('方案已退回');
  });

  it('the lead adapts the adopted system after the return: swaps two weights, is asked before leaving, saves', async () => {
    await openEvaluation(lead);
    await testId(lead, 'tab-framework').click();
    await testId(lead, 'adopted-editor').waitFor();
    await testId(lead, 'tree-row-1.1.1.1').click();
    await expect.poll(() => testId(lead, 'node-weight').inputValue()).toBe('2');
    await testId(lead, 'node-weight').fill('3');
    await testId(lead, 'tree-row-1.1.1.2').click();
    await testId(lead, 'node-weight').fill('2');
    await testId(lead, 'unsaved').waitFor();
    await expect.poll(() => testId(lead, 'weight-sum-1.1.1').getAttribute('data-differs')).toBe('false');

    // Leaving in the app with unsaved edits asks first; staying keeps them.
    await testId(lead, 'menu-evaluations').click();
    await lead.locator('.ant-modal-confirm').waitFor();
    await lead.locator('.ant-modal-confirm .ant-btn:not(.ant-btn-dangerous)').first().click();
    await lead.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    expect(lead.url()).toContain(evaluationPath);
    await expect.poll(() => testId(lead, 'unsaved').count()).toBe(1);

    await testId(lead, 'save-framework').click();
    await expect.poll(() => testId(lead, 'unsaved').count()).toBe(0);
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-framework-edited.png') });

    // Stored in the evaluation: after a reload the weights are the new ones, and the bureau sees them.
    await openEvaluation(lead);
    await testId(lead, 'tab-framework').click();
    await testId(lead, 'tree-row-1.1.1.1').click();
    await expect.poll(() => testId(lead, 'node-weight').inputValue()).toBe('3');
    await openEvaluation(officer);
    await testId(officer, 'tab-framework').click();
    const row = officer
      .locator('[data-testid="adopted-indicators"] tbody tr')
      .filter({ has: officer.locator('td:first-child', { hasText: /^\s*1\.1\.1\.1\s*$/ }) });
    await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('3');
  });

  it('the lead revises and resubmits', async () => {
    await openEvaluation(lead);
    await expect.poll(() => status(lead)).toContain('方案已退回');
    await testId(lead, 'tab-plan').click();
    await expect.poll(() => testId(lead, 'plan-returned').textContent()).toContain(RETURN_COMMENT);
    await testId(lead, 'plan-risks').fill(
      '资料提供不及时：提前发送资料清单并约定时限；现场评价受天气影响：预留一周机动时间',
    );
    await testId(lead, 'plan-save').click();
    await expect.poll(() => testId(lead, 'plan-meta').textContent()).toContain('陈立');
    await sendEvent(lead, 'SUBMIT_PLAN');
    await expect.poll(() => status(lead)).toContain('方案待审核');
  });

  it('the officer approves the plan and the history shows the whole way', async () => {
    await openEvaluation(officer);
    await sendEvent(officer, 'APPROVE_PLAN');
    await expect.poll(() => status(officer)).toContain('评价实施');
    expect(await testId(officer, 'phase-fieldwork').getAttribute('data-state')).toBe('process');
    await testId(officer, 'tab-history').click();
    await testId(officer, 'history').waitFor();
    const history = (await testId(officer, 'history').textContent()) ?? '';
    for (const text of [
      '委托评价',
      '接受委托',
      '提交评价方案',
      '退回评价方案',
      '批准评价方案',
      RETURN_COMMENT,
      '陈立',
      '李晓燕',
    ]) {
      expect(history).toContain(text);
    }
    await expectNoHorizontalScroll(officer);
    await officer.screenshot({ path: resolve(SCREENSHOTS, 'evaluation-history.png') });
  });
});
