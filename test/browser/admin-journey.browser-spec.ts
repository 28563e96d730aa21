/**
 * The organisation admin's journey in the browser: invite a user, the invitee accepts the link and
 * signs in, the admin changes their roles and disables them — and the disabled user's open session
 * ends at once. Also: a reload keeps the admin signed in (refresh cookie), sign-out ends it.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;
const INVITEE = `new.liaison.${Date.now().toString(36)}@zsl.demo`;
const INVITEE_PASSWORD = '中山路街道资料联络-2026';

describe('organisation admin journey (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

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

  async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
    await page.goto('/login');
    await testId(page, 'login-email').fill(email);
    await testId(page, 'login-password').fill(password);
    await testId(page, 'login-submit').click();
    await testId(page, 'home-title').waitFor({ state: 'visible' });
  }

  async function confirmPopover(page: Page): Promise<void> {
    await page.locator('.ant-popover .ant-btn-primary').click();
  }

  let admin: Page;
  let invitee: Page;
  let link = '';

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
    admin = await newPage();
    invitee = await newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('the admin invites a liaison and gets a one-time link', async () => {
    await signIn(admin, 'admin@zsl.demo');
    await admin.goto('/admin/users');
    await testId(admin, 'users-table').waitFor();
    await testId(admin, 'invite-user').click();
    await testId(admin, 'invite-email-input').fill(INVITEE);
    await testId(admin, 'invite-roles').getByText('联系人', { exact: true }).click();
    await admin.locator('.ant-modal-footer .ant-btn-primary').first().click();
    await testId(admin, 'invitation-link').waitFor({ state: 'visible' });
    link = await testId(admin, 'invitation-link').inputValue();
    expect(link).toMatch(/\/invite\//);
    await admin.screenshot({ path: resolve(SCREENSHOTS, 'admin-invitation-link.png') });
    await testId(admin, 'close-link').click();
    await expect.poll(() => admin.locator(`[data-testid="invitation-row-${INVITEE}"]`).count()).toBe(1);
  });

  it('the invitee accepts the link, sets a password and signs in to the unit workspace', async () => {
    await invitee.goto(new URL(link).pathname);
    await expect.poll(() => testId(invitee, 'invite-email').textContent()).toBe(INVITEE);
    await testId(invitee, 'invite-name').fill('新联络员');
    await testId(invitee, 'invite-password').fill(INVITEE_PASSWORD);
    await testId(invitee, 'invite-confirm').fill(INVITEE_PASSWORD);
    await testId(invitee, 'invite-submit').click();
    await testId(invitee, 'invite-success').waitFor({ state: 'visible' });
    await signIn(invitee, INVITEE, INVITEE_PASSWORD);
    await expect.poll(() => testId(invitee, 'home-title').textContent()).toContain('被评价单位工作台');
  });

  it('the admin adds a role; the user list shows it', async () => {
    await admin.goto('/admin/users');
    const row = admin.locator(`[data-testid="user-row-${INVITEE}"]`);
    await row.waitFor();
    await row.locator('[data-testid="edit-roles"]').click();
    await testId(admin, 'roles-checkboxes').getByText('单位负责人', { exact: true }).click();
    await admin.locator('.ant-modal-footer .ant-btn-primary').first().click();
    await expect.poll(() => row.textContent()).toContain('单位负责人');
  });

  it('a reload keeps the admin signed in through the refresh cookie', async () => {
    await admin.reload();
    await testId(admin, 'users-table').waitFor();
    expect(new URL(admin.url()).pathname).toBe('/admin/users');
  });

  it('disabling the user ends their open session at once', async () => {
    const row = admin.locator(`[data-testid="user-row-${INVITEE}"]`);
    await row.locator('[data-testid="disable-user"]').click();
    await confirmPopover(admin);
    await expect.poll(() => row.textContent()).toContain('停用');
    await row.locator('[data-testid="enable-user"]').waitFor();
    await admin.screenshot({ path: resolve(SCREENSHOTS, 'admin-user-disabled.png') });

    await invitee.reload();
    await invitee.waitForURL(/\/login/, { timeout: UI_TIMEOUT });
    await testId(invitee, 'login-email').fill(INVITEE);
    await testId(invitee, 'login-password').fill(INVITEE_PASSWORD);
    await testId(invitee, 'login-submit').click();
    await testId(invitee, 'login-error').waitFor({ state: 'visible' });
  });

  it('the audit log shows these actions and its chain verifies', async () => {
    await admin.goto('/admin/audit');
    await testId(admin, 'verify-chain').click();
    await expect.poll(() => testId(admin, 'verify-result').textContent()).toContain('审计链完整');
    const log = await admin.locator('table').first().textContent();
    for (const action of ['邀请用户', '接受邀请', '修改角色', '停用用户']) expect(log).toContain(action);
    await admin.screenshot({ path: resolve(SCREENSHOTS, 'admin-audit.png') });
  });
});
