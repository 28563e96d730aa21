/**
 * The 征求意见 tab at 1366×768 on the demo evaluation 中山路 2023, as the demo seed leaves it: the
 * 交换意见稿 sent, the unit's liaison has filled the form with one opinion, not signed yet. In the
 * browser, the unit head (head@zsl.demo) signs the form in the confirmation dialog with a scan of the
 * stamped paper, and the team lead answers the opinion — 采纳 without a linked change is refused next
 * to the field; after revising the report's conclusion, 采纳 linked to that change is saved — until
 * nothing is unanswered.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility';
import { byTestId as testId, demoJourney, SCREENSHOTS } from './support/demo-journey';

const DEMO = '中山路街道办事处2023年度部门整体支出绩效评价';
/** The sentence the team adds to the conclusion in answer to the unit's opinion. */
const REVISION = '项目库管理和新增项目事前绩效评估情况已在部门预算公开说明中列示。';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('the feedback tab (production build, Chromium)', () => {
  const journey = demoJourney();

  /** Signs in, checks the home page's 待办 for `todo` on this evaluation, and opens its 征求意见 tab. */
  async function signInAs(email: string, todo: string): Promise<Page> {
    const page = await journey.signIn(email);
    const item = page.locator('[data-testid="todo-item"]', { hasText: DEMO });
    await expect.poll(() => item.locator('[data-testid="todo-action"]').allTextContents()).toContain(todo);
    await journey.openEvaluation(page, DEMO);
    await testId(page, 'tab-feedback').click();
    await testId(page, 'feedback-status').waitFor();
    return page;
  }

  it('the unit head signs the feedback form in the confirmation dialog, with the stamped scan', async () => {
    const head = await signInAs('head@zsl.demo', '签署征求意见表');
    expect(await testId(head, 'feedback-status').textContent()).toContain('填写中');
    await testId(head, 'opinion-0').waitFor();
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

  it('the team answers the opinion: 采纳 linked to the report change it caused', async () => {
    const lead = await signInAs('lead@firm.demo', '答复反馈意见');
    await expect.poll(() => testId(lead, 'feedback-counts').textContent()).toContain('未答复 1 条');
    expect(await testId(lead, 'opinion-0').textContent()).toContain('项目库管理');

    // 采纳 without a linked change is refused next to the field.
    await testId(lead, 'reason-0').fill('已核实部门预算公开说明，补充相关表述');
    await testId(lead, 'answer-save-0').click();
    await lead.locator('.jx-field-error', { hasText: '采纳的意见请关联' }).waitFor();

    // The team revises the report's conclusion in the report tab: the change the answer links to.
    await testId(lead, 'tab-report').click();
    await lead.locator('[data-slot="conclusion"]').click();
    const editor = testId(lead, 'report-slot-text');
    await editor.fill(`${await editor.inputValue()}${REVISION}`);
    await testId(lead, 'report-save').click();
    await lead.locator('.ant-message-success').first().waitFor();

    await lead.reload();
    await testId(lead, 'tab-feedback').click();
    await testId(lead, 'reason-0').fill('已核实部门预算公开说明，补充相关表述');
    await lead.locator('[data-testid^="change-0-"]', { hasText: REVISION }).click();
    await testId(lead, 'answer-save-0').click();
    await testId(lead, 'answer-0').waitFor();
    expect(await testId(lead, 'answer-0').textContent()).toContain('采纳');
    expect(await testId(lead, 'answer-0').textContent()).toContain(REVISION);
    await expect
      .poll(() => testId(lead, 'feedback-counts').textContent())
      .toContain('未答复 0 条，已答复 1 条');
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'feedback-answered.png') });
    expect(await accessibilityProblems(lead)).toEqual([]);
  });
});
