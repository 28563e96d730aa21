/**
 * The request list (资料清单) in the browser at 1366×768, on the demo evaluation in fieldwork
 * (中山路 2024): the unit's liaison finds it on the home page, answers the overdue item with two files
 * chosen at once (one progress bar each) and an explanation, and submits; the firm's lead rejects it with a reason; the liaison sees the rejection
 * and its reason, and the item's history. The unit head sees the same board read-only.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
const OVERDUE_ITEM = '预算调整及追加批复文件';
const REJECTION = '调整批复缺少财政局文号，请补充正式批复文件。';
/** A PDF padded to `bytes` (the API sniffs the content, not the name). */
function pdf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
  const tail = Buffer.from('\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, bytes - head.length - tail.length), 0x20), tail]);
}

describe('request list: the liaison answers with uploads and sees a rejection (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let liaison: Page;
  let lead: Page;
  let head: Page;
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

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await testId(page, 'login-email').fill(email);
    await testId(page, 'login-password').fill(PASSWORD);
    await testId(page, 'login-submit').click();
    await testId(page, 'home-title').waitFor({ state: 'visible' });
  }

  async function openRequests(page: Page): Promise<void> {
    await page.goto(evaluationPath);
    await testId(page, 'tab-requests').click();
    await testId(page, 'request-table').waitFor();
  }

  async function openItem(page: Page, title: string): Promise<void> {
    await page.locator('[data-testid="request-title"]', { hasText: title }).first().click();
    await page.locator('.ant-drawer-title', { hasText: title }).waitFor();
  }

  const rowOf = (page: Page, title: string) =>
    page.locator('[data-testid="request-row"]', { hasText: title }).first();

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
    liaison = await newPage();
    lead = await newPage();
    head = await newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('the liaison finds the list on the home page, with the overdue item in red', async () => {
    await signIn(liaison, 'liaison@zsl.demo');
    const todo = liaison.locator('[data-testid="todo-item"]', { hasText: '答复资料清单' }).first();
    await todo.waitFor();
    await expect.poll(() => todo.locator('[data-testid="todo-count"]').textContent()).toMatch(/\d+ 项/);
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'requests-home-todo.png') });
    await todo.locator('[data-testid="todo-link"]').click();
    await testId(liaison, 'page-title').waitFor();
    evaluationPath = new URL(liaison.url()).pathname;
    await testId(liaison, 'tab-requests').click();
    await testId(liaison, 'request-table').waitFor();
    const overdue = rowOf(liaison, OVERDUE_ITEM);
    await expect
      .poll(() => overdue.locator('[data-testid="days-overdue"]').textContent())
      .toMatch(/逾期 \d+ 天/);
    expect(await overdue.getAttribute('class')).toContain('jx-row-overdue');
    await expect.poll(() => testId(liaison, 'count-rejected').textContent()).toContain('已退回');
    const overflow = await liaison.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'requests-unit-board.png'), fullPage: true });
  });

  it('answers the overdue item with two files, each with a progress bar, and submits', async () => {
    await openItem(liaison, OVERDUE_ITEM);
    await testId(liaison, 'answer-form').waitFor();
    await testId(liaison, 'evidence-input').setInputFiles([
      { name: '预算调整批复（一）.pdf', mimeType: 'application/pdf', buffer: pdf(1_200_000) },
      { name: '追加预算明细表.pdf', mimeType: 'application/pdf', buffer: pdf(900_000) },
    ]);
    await expect.poll(() => liaison.locator('[data-testid="upload-progress"]').count()).toBe(2);
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'requests-upload-progress.png') });
    await expect
      .poll(() => liaison.locator('[data-testid="draft-file"]').count(), { timeout: 30_000 })
      .toBe(2);
    await testId(liaison, 'answer-explanation').fill('2024年预算调整共两次，批复文件及追加明细见附件。');
    await testId(liaison, 'submit-answer').click();
    await liaison.locator('.ant-popover .ant-btn-primary').first().click();
    await expect.poll(() => testId(liaison, 'detail-status').textContent()).toContain('已提交');
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'requests-submitted.png') });
  });

  it('the lead rejects it with a reason; the liaison sees the rejection and the history', async () => {
    await signIn(lead, 'lead@firm.demo');
    await openRequests(lead);
    await expect
      .poll(() => rowOf(lead, OVERDUE_ITEM).locator('[data-testid="request-status"]').textContent())
      .toContain('已提交');
    await testId(lead, 'request-add').waitFor();
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'requests-team-board.png') });
    await openItem(lead, OVERDUE_ITEM);
    await expect.poll(() => lead.locator('[data-testid="answer-file"]').count()).toBe(2);
    await testId(lead, 'decide-reject').click();
    await expect.poll(() => testId(lead, 'reason-error').textContent()).toContain('请填写原因');
    await testId(lead, 'decision-reason-input').fill(REJECTION);
    await testId(lead, 'decide-reject').click();
    await expect.poll(() => testId(lead, 'detail-status').textContent()).toContain('已退回');
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'requests-team-reject.png') });

    await openRequests(liaison);
    await expect
      .poll(() => rowOf(liaison, OVERDUE_ITEM).locator('[data-testid="request-status"]').textContent())
      .toContain('已退回');
    await openItem(liaison, OVERDUE_ITEM);
    await expect.poll(() => testId(liaison, 'decision-reason').textContent()).toContain(REJECTION);
    await expect.poll(() => testId(liaison, 'item-history').textContent()).toContain('退回');
    await testId(liaison, 'answer-form').waitFor();
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'requests-unit-rejection.png') });
  });

  it('the unit head reads the same board without any action', async () => {
    await signIn(head, 'head@zsl.demo');
    await openRequests(head);
    await testId(head, 'requests-read-only').waitFor();
    await openItem(head, OVERDUE_ITEM);
    await expect.poll(() => testId(head, 'decision-reason').textContent()).toContain(REJECTION);
    expect(await head.locator('[data-testid="answer-form"]').count()).toBe(0);
    expect(await head.locator('[data-testid="decision-form"]').count()).toBe(0);
    await head.screenshot({ path: resolve(SCREENSHOTS, 'requests-head-read-only.png') });
  });
});
