/**
 * The notification centre in the browser (issue 9, "Reminders and notifications"), production build
 * at 1366×768 with the jobs running in the API process: the demo history reaches the unit liaison's
 * bell through the outbox relay; she opens the list, marks one read (the badge goes down), opens the
 * evaluation from a notification, and marks the rest read on 消息通知. The operator sees 后台任务.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;

/** Notifications per page on 消息通知 (notifications.page.ts). */
const NOTIFICATIONS_PAGE_SIZE = 20;

describe('notification centre: bell, list, mark read (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let liaison: Page;

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
  /** The unread count the badge shows (nz-badge renders no count at 0). */
  const badge = async (page: Page) => {
    const count = page.locator('[data-testid="notification-badge"] nz-badge-sup');
    if ((await count.count()) === 0) return 0;
    return Number((await count.first().getAttribute('title')) ?? 0);
  };

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await testId(page, 'login-email').fill(email);
    await testId(page, 'login-password').fill(PASSWORD);
    await testId(page, 'login-submit').click();
    await testId(page, 'home-title').waitFor({ state: 'visible' });
  }

  beforeAll(async () => {
    // The spawned API inherits the environment: run the jobs in it, relaying every second.
    process.env['JOBS_IN_PROCESS'] = 'true';
    process.env['JOBS_RELAY_INTERVAL_SECONDS'] = '1';
    process.env['JOBS_POLLING_INTERVAL_SECONDS'] = '1';
    server = await startAppServer();
    browser = await launchChromium();
    liaison = await newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  /** Unread notifications once the relay and the start-up reminders have delivered (the demo's history, due items). */
  let unread = 0;

  it('shows the unread count on the bell once the relay and the reminders have delivered', async () => {
    await signIn(liaison, 'liaison@zsl.demo');
    const deadline = Date.now() + UI_TIMEOUT;
    // The relay and the start-up reminders run as separate jobs: wait until the count holds still.
    const readings: number[] = [];
    while (
      readings.length < 3 ||
      readings.slice(-3).some((value) => value !== readings.at(-1)) ||
      !readings.at(-1)
    ) {
      if (Date.now() > deadline)
        throw new Error(`no settled unread count ${readings.join(',')}:\n${server?.logs() ?? ''}`);
      await liaison.waitForTimeout(1000);
      await liaison.reload();
      await testId(liaison, 'notification-bell').waitFor({ state: 'visible' });
      readings.push(await badge(liaison));
    }
    unread = readings.at(-1) ?? 0;
    // The fieldwork demo evaluation's history (the firm accepted and submitted the plan, the bureau approved
    // it), and reminders of the request items the unit owes.
    expect(unread).toBeGreaterThanOrEqual(3);
    expect(await testId(liaison, 'notification-bell').getAttribute('aria-label')).toBe(
      `消息通知，${unread} 条未读`,
    );
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'notifications-bell.png') });
  });

  it('opens the list, marks one read and the badge goes down', async () => {
    await testId(liaison, 'notification-bell').click();
    await testId(liaison, 'notification-panel').waitFor({ state: 'visible' });
    const items = liaison.locator('[data-testid="notification-item"]');
    await expect.poll(() => items.count()).toBe(Math.min(unread, 8));
    const texts = await items.allTextContents();
    expect(texts.some((text) => text.includes('财政局批准了评价方案，进入评价实施'))).toBe(true);
    expect(texts.some((text) => text.includes('评价机构提交了评价方案'))).toBe(true);
    expect(texts.some((text) => text.includes('资料“'))).toBe(true);
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'notifications-dropdown.png') });

    await liaison.locator('[data-testid="notification-mark-read"]').first().click();
    await expect.poll(() => badge(liaison)).toBe(unread - 1);
    await expect
      .poll(() => liaison.locator('[data-testid="notification-mark-read"]').count())
      .toBe(Math.min(unread, 8) - 1);
  });

  it('opens the evaluation from a notification', async () => {
    await liaison.locator('[data-testid="notification-item"] a').nth(1).click();
    await liaison.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);
    await testId(liaison, 'evaluation-status').waitFor({ state: 'visible' });
    await expect.poll(() => badge(liaison)).toBe(unread - 2);
    await expect.poll(() => liaison.locator('[data-testid="notification-panel"]').isVisible()).toBe(false);
  });

  it('lists everything on 消息通知 and marks all read', async () => {
    await testId(liaison, 'notification-bell').click();
    await testId(liaison, 'notifications-view-all').click();
    await liaison.waitForURL(/\/notifications$/);
    // The page shows 20 at a time (more on 加载更多): how many the liaison has depends on the day, as
    // request reminders fall due by China's date.
    await expect
      .poll(() => liaison.locator('[data-testid="notifications-row"]').count())
      .toBe(Math.min(unread, NOTIFICATIONS_PAGE_SIZE));
    await expect
      .poll(async () => (await testId(liaison, 'notifications-unread').textContent())?.trim())
      .toBe(`${unread - 2} 条未读`);
    await expect.poll(() => liaison.locator('[data-testid="notification-panel"]').isVisible()).toBe(false);
    await liaison.waitForTimeout(400); // the page's enter animation
    await liaison.screenshot({ path: resolve(SCREENSHOTS, 'notifications-page.png') });
    await testId(liaison, 'page-read-all').click();
    await expect.poll(() => badge(liaison)).toBe(0);
    await expect.poll(() => liaison.locator('[data-testid="notifications-unread"]').count()).toBe(0);
  });

  it('gives the platform operator the failed-jobs page', async () => {
    const operator = await newPage();
    await signIn(operator, 'operator@platform.demo');
    await testId(operator, 'menu-jobs').click();
    await operator.waitForURL(/\/admin\/jobs$/);
    await testId(operator, 'failed-jobs').waitFor({ state: 'visible' });
    expect(await testId(operator, 'page-title').textContent()).toContain('后台任务');
    await operator.screenshot({ path: resolve(SCREENSHOTS, 'jobs-failed.png') });
  });
});
