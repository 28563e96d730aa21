/**
 * Browser journeys against the production build: sign in as each kind of organisation, sign out,
 * a wrong password, and the language switch. Runs Debian's Chromium through playwright-core.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchChromium } from './support/chromium';

const PASSWORD = 'Demo-Pass#2026';
const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'browser');
const UI_TIMEOUT = 20_000;

describe('sign-in journey (production build, Chromium)', () => {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startAppServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    if (!browser || !server) throw new Error('setup failed (see beforeAll)');
    context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    context.setDefaultTimeout(UI_TIMEOUT);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const testId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const pathname = () => new URL(page.url()).pathname;
  const textOf = (id: string) => () => testId(id).first().textContent({ timeout: UI_TIMEOUT });

  async function signIn(email: string, password = PASSWORD): Promise<void> {
    await page.goto('/login');
    await testId('login-email').fill(email);
    await testId('login-password').fill(password);
    await testId('login-submit').click();
  }

  async function expectHome(title: string, screenshot: string): Promise<void> {
    await testId('home-title').waitFor({ state: 'visible' });
    await expect.poll(textOf('home-title'), { timeout: UI_TIMEOUT }).toContain(title);
    await page.screenshot({ path: resolve(SCREENSHOTS, `${screenshot}.png`), fullPage: true });
  }

  async function signOut(): Promise<void> {
    await testId('user-menu').click();
    await testId('logout').click();
    await page.waitForURL(/\/login(\?|$)/, { timeout: UI_TIMEOUT });
    await testId('login-submit').waitFor({ state: 'visible' });
  }

  it('bureau admin lands on the 财政局工作台 of 昌吉市财政局 and can sign out', async () => {
    await signIn('admin@czj.demo');
    await expectHome('财政局工作台', 'home-bureau');
    await expect.poll(textOf('org-name'), { timeout: UI_TIMEOUT }).toContain('昌吉市财政局');
    await signOut();
    expect(pathname()).toBe('/login');
  });

  it('evaluation firm project lead lands on the 评价机构工作台', async () => {
    await signIn('lead@firm.demo');
    await expectHome('评价机构工作台', 'home-firm');
    await signOut();
  });

  it('evaluated unit liaison lands on the 被评价单位工作台', async () => {
    await signIn('liaison@zsl.demo');
    await expectHome('被评价单位工作台', 'home-unit');
    await signOut();
  });

  it('a wrong password shows an error and stays on /login', async () => {
    await signIn('admin@czj.demo', 'Wrong-Pass#2026');
    await testId('login-error').waitFor({ state: 'visible' });
    expect(pathname()).toBe('/login');
    await expect(testId('home-title').count()).resolves.toBe(0);
  });

  it('the language switch turns the workspace into English', async () => {
    await signIn('admin@czj.demo');
    await expectHome('财政局工作台', 'home-bureau-zh');
    await testId('lang-switch').click();
    await expect.poll(textOf('home-title'), { timeout: UI_TIMEOUT }).toContain('Bureau workspace');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'home-bureau-en.png'), fullPage: true });
  });
});
