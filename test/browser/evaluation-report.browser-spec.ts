/**
 * The report tab (评价报告) at 1366×768 on the demo evaluation 宁边路 2023, which the demo seed leaves in
 * the draft phase with two saved 初稿 versions. In the browser the team lead sees the versions in local
 * time, writes narrative and inserts a placeholder, follows the consistency gate's links to their place,
 * saves a version, downloads it as Word, PDF and Excel (real files from the render job, checked byte by
 * byte) and compares the seeded versions.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import pg from 'pg';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';
import { zipEntries } from './support/zip-entries';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
const DEMO = '宁边路街道办事处2023年度部门整体支出绩效评价';
/** Our users' zone; the browser's own zone is what the app shows times in. */
const ZONE = 'Asia/Shanghai';

describe('the report tab (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let database: pg.Client | undefined;
  let lead: Page;

  const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();

  async function choose(page: Page, select: string, text: string): Promise<void> {
    await page.locator(select).first().click();
    await page.locator('.ant-select-item-option', { hasText: text }).first().click();
  }

  /** A version of the demo evaluation as the database has it: total, and its time in UTC and in China. */
  async function version(seq: number): Promise<{ total: string; utc: string; local: string }> {
    if (!database) throw new Error('no database');
    const { rows } = await database.query<{ total: string; utc: string; local: string }>(
      `SELECT v.total::text AS total,
              to_char(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS utc,
              to_char(v.created_at AT TIME ZONE $3, 'YYYY-MM-DD HH24:MI') AS local
         FROM evaluation_report_version v
         JOIN evaluation e ON e.bureau_org_id = v.bureau_org_id AND e.id = v.evaluation_id
        WHERE e.title LIKE $1 AND v.seq = $2`,
      [`%${DEMO}%`, seq, ZONE],
    );
    const [row] = rows;
    if (!row) throw new Error(`version ${seq} missing`);
    return row;
  }

  /** Whether `target` lies within the visible part of the scrolling `container`. */
  async function shownIn(container: Locator, target: Locator): Promise<boolean> {
    const outer = await container.boundingBox();
    const inner = await target.boundingBox();
    if (!outer || !inner) return false;
    return inner.y >= outer.y - 1 && inner.y < outer.y + outer.height;
  }

  async function download(seq: number, format: 'docx' | 'pdf' | 'xlsx'): Promise<Buffer> {
    const [file] = await Promise.all([
      lead.waitForEvent('download', { timeout: 150_000 }),
      lead.locator(`[data-version="${seq}"] [data-format="${format}"]`).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`-${seq}\\.${format}$`));
    return readFile(await file.path());
  }

  beforeAll(async () => {
    // The render job (pg-boss) runs in the API process here, as the worker does in production.
    process.env['JOBS_IN_PROCESS'] = 'true';
    server = await startAppServer();
    const url = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    url.pathname = `/${server.databaseName}`;
    database = new pg.Client({ connectionString: url.toString() });
    await database.connect();
    browser = await launchChromium();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      timezoneId: ZONE,
      acceptDownloads: true,
    });
    context.setDefaultTimeout(UI_TIMEOUT);
    lead = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await database?.end();
    await server?.stop();
  });

  it('opens the seeded draft report: two versions, their times in local time', async () => {
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
    await lead.locator('[data-version="2"]').waitFor();
    expect(await lead.locator('[data-version]').count()).toBe(2);

    const second = await version(2);
    expect(second.local).not.toBe(second.utc);
    const time = lead.locator('[data-version="2"] td').nth(2);
    await expect.poll(() => time.textContent()).toContain(second.local);
    // The seeded narrative is rendered with its placeholders resolved.
    await expect.poll(() => testId(lead, 'report-preview').textContent()).toContain(second.total);
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'report-demo-draft.png') });
    expect(await accessibilityProblems(lead)).toEqual([]);
  });

  it('writes narrative with a placeholder; a gate problem links to its place', async () => {
    const editor = testId(lead, 'report-slot-text');
    // A total typed by hand that the data contradicts: the gate blocks it.
    await editor.fill('本次评价得分为，评价等级为优。综合得分为90分。');
    await editor.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(7, 7));
    await choose(lead, '[data-testid="report-placeholder"]', '总分值');
    await expect
      .poll(() => editor.inputValue())
      .toMatch(/^本次评价得分为\{\{[a-z_.0-9]+\}\}，评价等级为优。综合得分为90分。$/);
    await testId(lead, 'report-save').click();
    await lead.locator('.ant-message-success').first().waitFor();
    const preview = testId(lead, 'report-preview');
    await expect.poll(() => preview.textContent()).toContain('本次评价得分为100，评价等级为优。');
    expect(await preview.locator('p mark[title="total_weight"]').count()).toBeGreaterThan(0);

    const container = testId(lead, 'report-preview-section');
    // A problem in the data (the override of 3.1.3): the preview scrolls to the indicator and marks it.
    await lead.locator('[data-testid="report-problem"][data-anchor="indicator:3.1.3"]').click();
    const indicator = preview.locator('[data-anchor="indicator:3.1.3"]');
    await expect.poll(() => indicator.getAttribute('class')).toContain('flash');
    await expect.poll(() => shownIn(container, indicator)).toBe(true);
    expect(await container.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);

    // A problem in the text: its slot is selected, the editor comes into view, the preview scrolls back.
    await lead.locator('[data-slot="conclusion"]').click();
    const typed = lead.locator('[data-testid="report-problem"][data-anchor="slot:abstract"]');
    await expect.poll(() => typed.textContent()).toContain('90');
    await typed.click();
    await expect.poll(() => lead.locator('[data-slot="abstract"]').getAttribute('aria-current')).toBe('true');
    const paragraph = preview.locator('[data-anchor="slot:abstract"]');
    await expect.poll(() => paragraph.getAttribute('class')).toContain('flash');
    await expect.poll(() => shownIn(container, paragraph)).toBe(true);
    await expect.poll(() => editor.getAttribute('class')).toContain('flash');
    expect(await editor.evaluate((area) => area.getBoundingClientRect().top >= 0)).toBe(true);
    expect(await editor.inputValue()).toContain('综合得分为90分');
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'report-gate-link.png') });

    await editor.fill((await editor.inputValue()).replace('综合得分为90分。', ''));
    await testId(lead, 'report-save').click();
    await expect.poll(() => typed.count()).toBe(0);
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'report-editor.png') });
    expect(await accessibilityProblems(lead)).toEqual([]);
  });

  it('saves a version and downloads it as Word, PDF and Excel', async () => {
    await choose(lead, '[data-testid="report-stage"]', '报告初稿');
    await testId(lead, 'report-save-version').click();
    await lead.locator('[data-version="3"]').waitFor();
    const { total } = await version(3);

    const docx = await download(3, 'docx');
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await zipEntries(docx)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    const words = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(words).toContain('本次评价得分为100，评价等级为优。');
    expect(words).toContain(total);

    const xlsx = await download(3, 'xlsx');
    expect(await zipEntries(xlsx)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']),
    );

    const pdf = await download(3, 'pdf');
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, '');
    await parser.destroy();
    expect(text).toContain(total);
    expect(text).toContain('宁边路街道办事处');
    await lead.locator('[data-version="3"]').scrollIntoViewIfNeeded();
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'report-downloads.png') });
  }, 480_000);

  it('compares the seeded versions: changed text and the changed score side by side', async () => {
    await choose(lead, '[data-testid="report-compare-from"]', '#1');
    await choose(lead, '[data-testid="report-compare-to"]', '#2');
    await testId(lead, 'report-compare').click();
    const diff = testId(lead, 'report-diff');
    await diff.waitFor();
    await expect.poll(() => diff.textContent()).toContain('民生和社会事业发展');
    await expect.poll(() => diff.textContent()).toContain('居民满意度问卷');
    await diff.scrollIntoViewIfNeeded();
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'report-versions-diff.png') });
    expect(await accessibilityProblems(lead)).toEqual([]);
  });
});
