/**
 * The 征求意见 tab at 1366×768: an evaluation of fresh organisations is brought to the 交换意见稿 through the
 * API (seed 1's figures and scores, fieldwork closed, sent for feedback) and the unit's liaison fills the
 * form and adds two opinions; then, in the browser, the unit head signs the form in the confirmation
 * dialog with a scan of the stamped paper, and the team lead answers both opinions — one 不予采纳 with the
 * reason, one 采纳 linked to the text change it caused — until nothing is unanswered.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail, FeedbackView, ReportView } from '@jixiao/contracts';
import { an, sendForFeedback, type BuiltOrganisation } from '../factories';
import type { SignedIn, TestApp } from '../support/test-app';
import { accessibilityProblems } from './support/accessibility';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('the feedback tab (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let evaluation: EvaluationDetail;
  let unit: BuiltOrganisation;
  let firm: BuiltOrganisation;

  const testId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();

  /** Signs in, checks the home page's 待办 for `todo` on this evaluation, and opens its 征求意见 tab. */
  async function signInAs(email: string, todo: string): Promise<Page> {
    await context?.close();
    context = await browser?.newContext({
      baseURL: server?.baseUrl,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    if (!context) throw new Error('no browser');
    context.setDefaultTimeout(UI_TIMEOUT);
    const page = await context.newPage();
    await page.goto('/login');
    await testId(page, 'login-email').fill(email);
    await testId(page, 'login-password').fill(PASSWORD);
    await testId(page, 'login-submit').click();
    await testId(page, 'home-title').waitFor({ state: 'visible' });
    const item = page.locator('[data-testid="todo-item"]', { hasText: evaluation.title });
    await expect.poll(() => item.locator('[data-testid="todo-action"]').allTextContents()).toContain(todo);
    await page.goto(`/evaluations/${evaluation.id}`);
    await expect.poll(() => testId(page, 'page-title').textContent()).toContain(evaluation.title);
    await testId(page, 'tab-feedback').click();
    await testId(page, 'feedback-status').waitFor();
    return page;
  }

  beforeAll(async () => {
    server = await startAppServer();
    const url = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    url.pathname = `/${server.databaseName}`;
    const baseUrl = server.baseUrl;
    // The builders work on any running API: here the production build the browser uses.
    const t = { http: () => request(baseUrl), databaseUrl: url.toString() } as unknown as TestApp;
    const bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').withUser('head', '张伟').build(t);
    let lead: SignedIn;
    ({ evaluation, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t));
    const liaison = await unit.signIn('liaison');
    ({ evaluation } = await sendForFeedback(t, evaluation, { lead, liaison }));
    const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
    const form = ((await t.http().get(api('/feedback')).set(liaison.auth).expect(200)).body as FeedbackView)
      .form;
    await t
      .http()
      .put(api('/feedback/form'))
      .set(liaison.auth)
      .send({ unitContact: '古丽', unitPhone: '0994-2345678', noOpinion: false, version: form?.version })
      .expect(200);
    for (const opinion of [
      { anchor: 'indicator:1.1.1.2', text: '预算调整系上级追加资金所致，建议不予扣分' },
      { anchor: 'slot:overview.functions', text: '部门主要职能表述不全，请补充社区治理职能' },
    ])
      await t.http().post(api('/feedback/opinions')).set(liaison.auth).send(opinion).expect(200);
    // The team revises the report after the second opinion: the change an adopted answer links to.
    const report = (await t.http().get(api('/report')).set(lead.auth).expect(200)).body as ReportView;
    const narrative = {
      ...report.draft?.narrative,
      slots: {
        ...report.draft?.narrative.slots,
        'overview.functions': '中山路街道办事处承担社区治理、公共服务等职能。',
      },
    };
    await t
      .http()
      .put(api('/report/draft'))
      .set(lead.auth)
      .send({ narrative, version: report.draft?.version })
      .expect(200);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the unit head signs the feedback form in the confirmation dialog, with the stamped scan', async () => {
    const head = await signInAs(unit.user('head').email, '签署征求意见表');
    expect(await testId(head, 'feedback-status').textContent()).toContain('填写中');
    await testId(head, 'opinion-1').waitFor();
    await testId(head, 'feedback-sign').click();
    await testId(head, 'feedback-scan').setInputFiles({
      name: '征求意见表（盖章）.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    expect(await accessibilityProblems(head)).toEqual([]);
    await head.locator('.ant-modal-footer .ant-btn-primary').click();
    await head.locator('.ant-message-success').first().waitFor();
    await expect.poll(() => testId(head, 'feedback-status').textContent()).toContain('已签署');
    expect(await testId(head, 'feedback-signature').textContent()).toContain('张伟');
    expect(await head.getByRole('button', { name: '征求意见表（盖章）.pdf' }).count()).toBe(1);
    expect(await testId(head, 'feedback-sign').count()).toBe(0);
    await head.screenshot({ path: resolve(SCREENSHOTS, 'feedback-signed.png') });
  });

  it('the team answers each opinion: 不予采纳 with the reason, 采纳 linked to the change it caused', async () => {
    const lead = await signInAs(firm.user('team_lead').email, '答复反馈意见');
    await expect.poll(() => testId(lead, 'feedback-counts').textContent()).toContain('未答复 2 条');

    await testId(lead, 'decision-0-rejected').click();
    await testId(lead, 'reason-0').fill('追加资金未履行预算调整程序，按评分标准扣分');
    await testId(lead, 'answer-save-0').click();
    await testId(lead, 'answer-0').waitFor();
    expect(await testId(lead, 'answer-0').textContent()).toContain('不予采纳');

    // 采纳 without a linked change is refused next to the field.
    await testId(lead, 'reason-1').fill('已补充社区治理职能');
    await testId(lead, 'answer-save-1').click();
    await lead.locator('.jx-field-error', { hasText: '采纳的意见请关联' }).waitFor();
    // Among the changes since the 交换意见稿 (the work process gained the sending, too): the revised text.
    await lead.locator('[data-testid^="change-1-"]', { hasText: '中山路街道办事处承担社区治理' }).click();
    await testId(lead, 'answer-save-1').click();
    await testId(lead, 'answer-1').waitFor();
    expect(await testId(lead, 'answer-1').textContent()).toContain('采纳');
    expect(await testId(lead, 'answer-1').textContent()).toContain('中山路街道办事处承担社区治理');
    await expect
      .poll(() => testId(lead, 'feedback-counts').textContent())
      .toContain('未答复 0 条，已答复 2 条');
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'feedback-answered.png') });
    expect(await accessibilityProblems(lead)).toEqual([]);
  });
});
