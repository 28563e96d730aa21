/**
 * The report tab (评价报告) on the demo evaluation 中山路 2024 at 1366×768: its workbench is scored by
 * the demo seed; the test moves it into the draft phase (报告撰写) directly in the database — closing
 * fieldwork needs every request and figure settled, which is another journey — then, in the browser,
 * the team lead writes narrative, inserts a placeholder at the cursor, saves the draft, saves two
 * versions, downloads the Word file (a real .docx from the render job) and compares the two versions.
 */
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

describe('the report tab (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let lead: Page;

  const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();

  async function choose(page: Page, select: string, text: string): Promise<void> {
    await page.locator(select).first().click();
    await page.locator('.ant-select-item-option', { hasText: text }).first().click();
  }

  beforeAll(async () => {
    // The render job (pg-boss) runs in the API process here, as the worker does in production.
    process.env['JOBS_IN_PROCESS'] = 'true';
    server = await startAppServer();
    const url = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    url.pathname = `/${server.databaseName}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const moved = await client.query(`UPDATE evaluation SET status = 'draft' WHERE title LIKE $1`, [
        `%${DEMO}%`,
      ]);
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
    lead = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the lead writes narrative with a placeholder and saves the draft', async () => {
    await lead.goto('/login');
    await testId(lead, 'login-email').fill('lead@firm.demo');
    await testId(lead, 'login-password').fill(PASSWORD);
    await testId(lead, 'login-submit').click();
    await testId(lead, 'home-title').waitFor({ state: 'visible' });
    await testId(lead, 'menu-evaluations').click();
    await testId(lead, 'evaluations-table').waitFor();
    const row = lead.locator('[data-testid^="evaluation-row-"]', { hasText: DEMO });
    await row.locator('[data-testid="evaluation-link"]').click();
    await expect.poll(() => testId(lead, 'page-title').textContent()).toContain(DEMO);
    await testId(lead, 'tab-report').click();
    await testId(lead, 'report-slot-text').waitFor();

    const editor = testId(lead, 'report-slot-text');
    await editor.fill('本次评价得分为，评价等级为优。');
    await editor.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(7, 7));
    await choose(lead, '[data-testid="report-placeholder"]', '总分值');
    await expect
      .poll(() => editor.inputValue())
      .toMatch(/^本次评价得分为\{\{[a-z_.0-9]+\}\}，评价等级为优。$/);
    await testId(lead, 'report-save').click();
    await lead.locator('.ant-message-success').first().waitFor();
    // The placeholder resolves to the framework's total weight, highlighted as a value from the data.
    const preview = testId(lead, 'report-preview');
    await expect.poll(() => preview.textContent()).toContain('本次评价得分为100，评价等级为优。');
    expect(await preview.locator('p mark[title="total_weight"]').count()).toBeGreaterThan(0);
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'report-editor.png') });
    expect(await accessibilityProblems(lead)).toEqual([]);
  });

  it('saves two versions, downloads the Word file and compares them', async () => {
    await choose(lead, '[data-testid="report-stage"]', '报告初稿');
    await testId(lead, 'report-save-version').click();
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'report-version-saved.png') });
    await lead.locator('[data-version="1"]').waitFor();

    const editor = testId(lead, 'report-slot-text');
    await editor.fill('本次评价结论：整体良好。');
    await testId(lead, 'report-save').click();
    await expect.poll(() => lead.locator('.ant-message-success').count()).toBeGreaterThan(0);
    await choose(lead, '[data-testid="report-stage"]', '报告初稿');
    await testId(lead, 'report-save-version').click();
    await lead.locator('[data-version="2"]').waitFor();

    const [download] = await Promise.all([
      lead.waitForEvent('download', { timeout: 60_000 }),
      lead.locator('[data-version="1"] [data-format="docx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const saved = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(saved);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    await choose(lead, '[data-testid="report-compare-from"]', '#1');
    await choose(lead, '[data-testid="report-compare-to"]', '#2');
    await testId(lead, 'report-compare').click();
    const diff = testId(lead, 'report-diff');
    await diff.waitFor();
    await expect.poll(() => diff.textContent()).toContain('整体良好');
    await diff.scrollIntoViewIfNeeded();
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'report-versions-diff.png') });
    expect(await accessibilityProblems(lead)).toEqual([]);
  }, 180_000);
});
