/**
 * The archive tab (归档, issue 11) on the demo evaluation 中山路 2022 at 1366×768, issued by the demo
 * seed: in the browser, the bureau's officer acknowledges receipt (验收), then the archivist archives it,
 * watches the package build (the job runs in the API process), downloads the zip, verifies it and reads
 * its index. (The seeded, already archived 宁边路 2021 is demo-lifecycle.browser-spec.ts.)
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility';
import { byTestId as testId, demoJourney, SCREENSHOTS } from './support/demo-journey';

const DEMO = '中山路街道办事处2022年度部门整体支出绩效评价';

describe('the archive tab (production build, Chromium)', () => {
  // The archive job (pg-boss) runs in the API process here, as the worker does in production.
  const journey = demoJourney({ jobsInProcess: true });
  let page: Page;

  async function openDemoAs(email: string): Promise<void> {
    page = await journey.signIn(email);
    await journey.openEvaluation(page, DEMO);
  }

  it('the bureau acknowledges the issued report', async () => {
    await openDemoAs('officer@czj.demo');
    await expect.poll(() => testId(page, 'evaluation-status').textContent()).toContain('已出具报告');
    await testId(page, 'event-ACKNOWLEDGE').click();
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => testId(page, 'evaluation-status').textContent()).toContain('已验收');
  });

  it('the archivist opens the acknowledged evaluation and archives it', async () => {
    await openDemoAs('archivist@firm.demo');
    await expect.poll(() => testId(page, 'evaluation-status').textContent()).toContain('已验收');
    await testId(page, 'tab-archive').click();
    await expect.poll(() => testId(page, 'archive-tab').textContent()).toContain('归档包');
    await testId(page, 'archive-start').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // The action bar offers ARCHIVE too; the tab's own button is the archivist's place for it.
    await testId(page, 'event-ARCHIVE').waitFor();
    await testId(page, 'archive-start').click();
    await page.locator('.ant-popover-buttons .ant-btn-primary').first().click();
    await expect.poll(() => testId(page, 'evaluation-status').textContent()).toContain('已归档');
  });

  it('watches the package build, downloads the zip, verifies it and reads its index', async () => {
    await testId(page, 'tab-archive').click();
    await testId(page, 'archive-sha256').waitFor({ timeout: 150_000 });
    const sha256 = ((await testId(page, 'archive-sha256').textContent()) ?? '').trim();
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.locator('[data-testid="archive-entry"]').count()).toBeGreaterThan(5);
    // The firm's own copy: the complete engagement file (the bureau's copy has no review notes).
    expect(await testId(page, 'archive-audience').textContent()).toContain('完整业务档案');
    await expect
      .poll(() => testId(page, 'archive-contents').textContent())
      .toContain('11 评价过程记录/评价全过程记录.xlsx');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      testId(page, 'archive-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/归档包\.zip$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);

    await testId(page, 'archive-verify').click();
    await expect.poll(() => testId(page, 'archive-verified').textContent()).toContain('校验通过');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'archive-ready.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
  }, 240_000);
});
