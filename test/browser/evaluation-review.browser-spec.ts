/**
 * The review tab (复核) on the demo evaluation 宁边路 2022 at 1366×768, as the demo seed leaves it: in
 * 三级复核, level 1 signed by manager@, one open level-2 note by reviewer@. In the browser, the unit sees
 * only the progress; reviewer@ adds a note anchored to an indicator and returns the report with a
 * reason; the team lead sees the notes with their anchors and the return, and the review restarts.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility';
import { byTestId as testId, demoJourney, SCREENSHOTS } from './support/demo-journey';

const DEMO = '宁边路街道办事处2022年度部门整体支出绩效评价';

describe('the review tab (production build, Chromium)', () => {
  const journey = demoJourney();

  /** Each user in a browser context of their own (the session cookie is per context). */
  async function openDemo(email: string): Promise<Page> {
    const page = await journey.signIn(email);
    await journey.openEvaluation(page, DEMO);
    return page;
  }

  it('the unit sees that review is in progress, level k of n, and no notes', async () => {
    const liaison = await openDemo('liaison@nbl.demo');
    await expect.poll(() => testId(liaison, 'evaluation-status').textContent()).toContain('复核');
    await testId(liaison, 'tab-review').click();
    await expect.poll(() => testId(liaison, 'review-progress').textContent()).toContain('已签署 1 / 3 级');
    expect(await liaison.locator('[data-testid="review-notes"]').count()).toBe(0);
    expect(await liaison.locator('[data-testid="review-sign"]').count()).toBe(0);
    expect(await accessibilityProblems(liaison)).toEqual([]);
    await liaison.close();
  });

  it('a reviewer adds a note anchored to an indicator and returns the report with a reason', async () => {
    const reviewer = await openDemo('reviewer@firm.demo');
    await testId(reviewer, 'tab-review').click();
    await testId(reviewer, 'review-levels').waitFor();
    expect(await reviewer.locator('[data-level="1"]').textContent()).toContain('钱坤');
    // The seeded note of level 2 is open; reviewer@ adds one more, on another indicator.
    await expect
      .poll(() => testId(reviewer, 'review-notes').textContent())
      .toContain('年中追加预算的批复文件');
    await testId(reviewer, 'review-anchor-key').fill('4.2.1');
    await testId(reviewer, 'review-note-body').fill('满意度问卷的样本量与回收率需在底稿中说明');
    await testId(reviewer, 'review-note-add').click();
    await expect.poll(() => testId(reviewer, 'review-notes').textContent()).toContain('满意度问卷的样本量');
    // With a note open, the sign button is disabled and says why.
    expect(await testId(reviewer, 'review-sign').isDisabled()).toBe(true);
    await expect
      .poll(() => testId(reviewer, 'review-sign-reason').textContent())
      .toContain('尚有复核意见未解决');
    await reviewer.screenshot({ path: resolve(SCREENSHOTS, 'review-note.png') });
    expect(await accessibilityProblems(reviewer)).toEqual([]);

    await testId(reviewer, 'review-return-reason').fill('扣分依据不足，请补充后重新提交');
    await testId(reviewer, 'review-return').click();
    await expect.poll(() => testId(reviewer, 'evaluation-status').textContent()).toContain('终稿');
    await reviewer.close();
  });

  it('the lead sees the note with its anchor and the return’s reason', async () => {
    const lead = await openDemo('lead@firm.demo');
    await testId(lead, 'tab-review').click();
    await expect
      .poll(() => lead.locator('[data-testid="review-note-anchor"]').allTextContents())
      .toEqual(expect.arrayContaining(['指标 2.1.1', '指标 4.2.1']));
    const added = lead.locator('[data-note]', { hasText: '满意度问卷的样本量' });
    expect(await added.locator('[data-testid="review-note-anchor"]').textContent()).toContain('指标 4.2.1');
    expect(await added.textContent()).toContain('孙浩');
    await expect
      .poll(() => lead.locator('[data-round="1"]').textContent())
      .toContain('扣分依据不足，请补充后重新提交');
    // Back in 终稿: the lead may submit again, and the review then restarts at level 1.
    await expect.poll(() => testId(lead, 'evaluation-status').textContent()).toContain('终稿');
    await testId(lead, 'event-SUBMIT_FOR_REVIEW').click();
    await lead.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => testId(lead, 'evaluation-status').textContent()).toContain('复核');
    await expect.poll(() => testId(lead, 'review-progress').textContent()).toContain('已签署 0 / 3 级');
    await lead.screenshot({ path: resolve(SCREENSHOTS, 'review-returned.png') });
    expect(await accessibilityProblems(lead)).toEqual([]);
    await lead.close();
  });
});
