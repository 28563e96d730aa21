/**
 * Issue and acknowledge (出具, 验收) on the demo evaluation 宁边路 2022 at 1366×768, which the demo seed
 * leaves in 三级复核 with level 1 signed and a level-2 note open. In the browser: reviewer@ resolves the
 * note and signs level 2, partner@ signs level 3; the firm admin issues the report and attaches the
 * sealed scan; the bureau acknowledges receipt and sees the archive deadline and the scan; the firm
 * archives and records a correction as an amendment.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility';
import { byTestId, demoJourney, SCREENSHOTS } from './support/demo-journey';

const DEMO = '宁边路街道办事处2022年度部门整体支出绩效评价';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('issue and acknowledge (production build, Chromium)', () => {
  const journey = demoJourney();
  let page: Page;

  const testId = (id: string) => byTestId(page, id);

  async function openDemoAs(email: string): Promise<void> {
    page = await journey.signIn(email);
    await journey.openEvaluation(page, DEMO);
  }

  async function send(event: string): Promise<void> {
    await testId(`event-${event}`).click();
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
  }

  it('reviewer@ resolves the open note and signs level 2; partner@ signs level 3', async () => {
    await openDemoAs('reviewer@firm.demo');
    await testId('tab-review').click();
    await testId('review-levels').waitFor();
    expect(await testId('review-sign').isDisabled()).toBe(true);
    await expect.poll(() => testId('review-sign-reason').textContent()).toContain('尚有复核意见未解决');
    await page
      .locator('[data-note]', { hasText: '年中追加预算的批复文件' })
      .locator('[data-testid="review-note-resolve"]')
      .click();
    await expect.poll(() => page.locator('[data-testid="review-note-resolve"]').count()).toBe(0);
    await expect.poll(() => testId('review-sign').isDisabled()).toBe(false);
    await testId('review-sign').click();
    await expect.poll(() => page.locator('[data-level="2"]').textContent()).toContain('孙浩');

    await openDemoAs('partner@firm.demo');
    await testId('tab-review').click();
    await expect.poll(() => testId('review-progress').textContent()).toContain('已签署 2 / 3 级');
    await testId('review-sign').click();
    await expect.poll(() => page.locator('[data-level="3"]').textContent()).toContain('郑明远');
    await expect.poll(() => testId('review-progress').textContent()).toContain('已签署 3 / 3 级');
    // Every level signed: no sign button any more, but what comes next.
    await expect.poll(() => testId('review-all-signed').textContent()).toContain('各级复核均已签署');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'delivery-review-signed.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('the firm admin issues the report and attaches the sealed scan', async () => {
    await openDemoAs('admin@firm.demo');
    await send('ISSUE');
    await expect.poll(() => testId('evaluation-status').textContent()).toContain('已出具报告');
    await expect.poll(() => testId('archive-deadline').textContent()).toContain('归档期限');
    await testId('tab-delivery').click();
    await expect.poll(() => testId('delivery-issued-hash').textContent()).toMatch(/SHA-256 [0-9a-f]{64}/);
    await testId('file-input-issued_report').setInputFiles({
      name: '评价报告（盖章版）.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await expect
      .poll(() =>
        page.locator('[data-testid="files-issued_report"] [data-testid="file-name"]').allTextContents(),
      )
      .toEqual(['评价报告（盖章版）.pdf']);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'delivery-issued.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('the bureau acknowledges receipt and sees the archive deadline', async () => {
    await openDemoAs('officer@czj.demo');
    await expect.poll(() => testId('event-RETURN_ISSUED').count()).toBe(1);
    await send('ACKNOWLEDGE');
    await expect.poll(() => testId('evaluation-status').textContent()).toContain('已验收');
    await testId('tab-delivery').click();
    await expect.poll(() => testId('delivery-acknowledged-at').textContent()).not.toBe('—');
    await expect.poll(() => testId('delivery-archive-due').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(
      await page.locator('[data-testid="files-issued_report"] [data-testid="file-name"]').allTextContents(),
    ).toEqual(['评价报告（盖章版）.pdf']);
    await testId('tab-history').click();
    await expect
      .poll(() => page.locator('[data-testid="history-entry"]').first().textContent())
      .toContain('验收');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'delivery-acknowledged.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('the firm archives; a later correction is an amendment approved by a reviewer', async () => {
    await openDemoAs('admin@firm.demo');
    await send('ARCHIVE');
    await expect.poll(() => testId('retain-until').textContent()).toContain('保管期限至');
    await testId('tab-delivery').click();
    await testId('archived-notice').waitFor();
    await expect.poll(() => testId('delivery-retain-until').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await testId('amendment-add').click();
    await testId('amendment-submit').click();
    // Required fields are named where the user fills them.
    await expect
      .poll(() => page.locator('[data-testid="amendment-form"] .ant-form-item-explain-error').count())
      .toBeGreaterThan(0);
    await testId('amendment-correction').fill('附件1指标2.4.1评分依据中的“预算调整率”更正为3.2%');
    await testId('amendment-reason').fill('归档后复查发现笔误');
    await testId('amendment-impact').fill('不影响得分与等级');
    await testId('amendment-approver').click();
    await page.locator('.ant-select-item-option', { hasText: '孙浩' }).first().click();
    await testId('amendment-submit').click();
    await expect.poll(() => page.locator('[data-testid="amendment-row"]').count()).toBe(1);
    expect(await page.locator('[data-testid="amendment-row"]').first().textContent()).toContain('孙浩');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'delivery-amendment.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
