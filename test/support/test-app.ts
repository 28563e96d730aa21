import type { INestApplication } from '@nestjs/common';
import type { SessionResponse } from '@jixiao/contracts';
import { CSRF_HEADER, CSRF_HEADER_VALUE, REFRESH_COOKIE } from '@jixiao/contracts';
import { loadAppConfig, type AppConfig } from '@jixiao/api-platform';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { inject } from 'vitest';
import { createApp } from '../../apps/api/src/app/create-app';
import { seedDemoData } from '../../apps/api/src/demo/seed-demo-data';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-data';
import { TEST_APP_DB_PASSWORD } from './database.global-setup';

export { DEMO_PASSWORD };

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  databaseUrl: string;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/**
 * The real application on the run's database (or `options.databaseUrl`), with the demo data seeded; `env` adds
 * settings (e.g. SMTP_URL). The archived demo evaluation's packages are queued only with `demoArchivePackages`.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { databaseUrl?: string; demoArchivePackages?: boolean } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? inject('databaseUrl');
  // The demo's archive packages are built only where a suite looks at them (demo-lifecycle).
  await seedDemoData(databaseUrl, { queueArchivePackages: options.demoArchivePackages ?? false });
  const config = loadAppConfig({
    DATABASE_URL: databaseUrl,
    APP_DB_PASSWORD: TEST_APP_DB_PASSWORD,
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://localhost:3000',
    // Uploaded files of a run stay out of the working tree.
    STORAGE_DIR: join(tmpdir(), `jixiao-e2e-files-${process.pid}`),
    ...env,
  });
  const app = await createApp(config);
  return {
    app,
    config,
    databaseUrl,
    http: () => request(app.getHttpServer()),
    close: () => app.close(),
  };
}

export interface SignedIn {
  session: SessionResponse;
  token: string;
  refreshCookie: string;
  auth: { Authorization: string };
}

export function refreshCookieFrom(setCookie: string[] | string | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const cookie = cookies.find((value) => value.startsWith(`${REFRESH_COOKIE}=`));
  if (!cookie) throw new Error('No refresh cookie set');
  return cookie.split(';')[0] ?? '';
}

export async function signIn(testApp: TestApp, email: string, password = DEMO_PASSWORD): Promise<SignedIn> {
  const response = await testApp.http().post('/api/auth/login').send({ email, password }).expect(200);
  const session = response.body as SessionResponse;
  return {
    session,
    token: session.accessToken,
    refreshCookie: refreshCookieFrom(response.headers['set-cookie']),
    auth: { Authorization: `Bearer ${session.accessToken}` },
  };
}

export const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
