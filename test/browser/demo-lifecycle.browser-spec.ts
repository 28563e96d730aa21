/**
 * The demo data's later phases (issue 11 "Done means") in the production build at 1366×768, as a
 * newcomer meets them after `tools/start.sh`: the unit head has 签署征求意见表 in 待办 (中山路 2023),
 * the bureau's officer has 验收报告 in 待办 (中山路 2022, issued), and the archivist opens the archived
 * 宁边路 2021, whose package — queued by the seed as the 归档 action queues it — is built by the job in
 * the API process, downloaded and verified.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility';
import { byTestId as testId, demoJourney, SCREENSHOTS } from './support/demo-journey';

const FEEDBACK = '中山路街道办事处2023年度部门整体支出绩效评价';
const ISSUED = '中山路街道办事处2022年度部门整体支出绩效评价';
const ARCHIVED = '宁边路街道办事处2021年度部门整体支出绩效评价';

describe('the demo lifecycle (production build, Chromium)', () => {
  // The archive job (pg-boss) runs in the API process, as it does under tools/start.sh.
  const journey = demoJourney({ jobsInProcess: true });
  /** Each user in a browser context of their own. */
  const signIn = (email: string): Promise<Page> => journey.signIn(email);
  const todoActions = (page: Page, title: string) =>
    page
      .locator('[data-testid="todo-item"]', { hasText: title })
      .locator('[data-testid="todo-action"]')
      .allTextContents();

  it('the unit head has 签署征求意见表 to do; the officer has 验收报告 for the issued report', async () => {
    const head = await signIn('head@zsl.demo');
    await expect.poll(() => todoActions(head, FEEDBACK)).toContain('签署征求意见表');
    await head.close();

    const officer = await signIn('officer@czj.demo');
    await expect.poll(() => todoActions(officer, ISSUED)).toContain('验收报告');
    await officer.close();
  });

  it('the archivist opens the archived evaluation, downloads its package and verifies it', async () => {
    const archivist = await signIn('archivist@firm.demo');
    await journey.openEvaluation(archivist, ARCHIVED);
    await expect.poll(() => testId(archivist, 'evaluation-status').textContent()).toContain('已归档');

    await testId(archivist, 'tab-archive').click();
    await testId(archivist, 'archive-sha256').waitFor({ timeout: 150_000 });
    const sha256 = ((await testId(archivist, 'archive-sha256').textContent()) ?? '').trim();
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => testId(archivist, 'archive-contents').textContent()).toContain('（终稿） v3.pdf');

    const [download] = await Promise.all([
      archivist.waitForEvent('download', { timeout: 60_000 }),
      testId(archivist, 'archive-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`昌吉市人民政府${ARCHIVED}归档包.zip`);
    const bytes = await readFile(await download.path());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);

    await testId(archivist, 'archive-verify').click();
    await expect.poll(() => testId(archivist, 'archive-verified').textContent()).toContain('校验通过');
    await archivist.screenshot({ path: resolve(SCREENSHOTS, 'demo-archived.png') });
    expect(await accessibilityProblems(archivist)).toEqual([]);
  }, 240_000);
});
