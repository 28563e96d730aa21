import { randomBytes } from 'node:crypto';
import { loadStorageConfig, type StorageConfig } from '../storage/storage-config';
import { ConfigError } from './config-error';
// Reminders and notifications (issue 9)
import { loadJobsConfig, loadMailConfig, type JobsConfig, type MailConfig } from '../jobs/jobs-config';

export { ConfigError };

/** Runtime settings, read once from the environment. */
export interface AppConfig {
  production: boolean;
  port: number;
  /** Where users reach the app; invitation links start with it. */
  publicUrl: string;
  /** Owner connection: runs migrations and seeds. */
  ownerDatabaseUrl: string;
  /** Runtime connection as the non-owner role `jixiao_app`, subject to row-level security. */
  appDatabaseUrl: string;
  appDatabasePassword: string;
  jwtSecret: string;
  /** Built web app to serve from the API, if present. */
  webDist: string | null;
  cookieSecure: boolean;
  accessTokenTtlSeconds: number;
  /** A refresh token unused for this long expires (idle timeout). */
  refreshTokenTtlSeconds: number;
  /** A session ends this long after sign-in, however active (absolute timeout). */
  sessionMaxAgeSeconds: number;
  invitationTtlSeconds: number;
  /**
   * Express `trust proxy` (e.g. `1` or `loopback`): set it behind a reverse proxy so sign-in
   * throttling and the audit trail see the client's address, not the proxy's. Off by default, so
   * a client cannot choose its own address through X-Forwarded-For.
   */
  trustProxy: string | number | false;
  /** Where uploaded files live: local disk (default) or an S3-compatible store. */
  storage: StorageConfig;
  // Reminders and notifications (issue 9)
  /** Background jobs: in this process or in `worker` processes, and how often they poll. */
  jobs: JobsConfig;
  /** Outgoing e-mail through SMTP (SMTP_URL, MAIL_FROM); null when not configured. */
  mail: MailConfig | null;
}

export const APP_DATABASE_ROLE = 'jixiao_app';
const DEV_APP_DATABASE_PASSWORD = 'jixiao_app_local_only';

function required(name: string, env: NodeJS.ProcessEnv): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name} must be set`);
  return value;
}

export function appDatabaseUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_DATABASE_ROLE;
  url.password = password;
  return url.toString();
}

function parseTrustProxy(value: string | undefined): string | number | false {
  if (!value || value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const ownerDatabaseUrl = required('DATABASE_URL', env);
  const appDatabasePassword = env['APP_DB_PASSWORD'] ?? (production ? '' : DEV_APP_DATABASE_PASSWORD);
  if (!appDatabasePassword) throw new ConfigError('APP_DB_PASSWORD must be set in production');
  const jwtSecret = env['JWT_SECRET'] ?? (production ? '' : randomBytes(32).toString('base64url'));
  if (jwtSecret.length < 32)
    throw new ConfigError('JWT_SECRET must be set (at least 32 characters) in production');
  const port = Number(env['PORT'] ?? 3000);
  const publicUrl = (env['PUBLIC_URL'] ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    production,
    port,
    publicUrl,
    ownerDatabaseUrl,
    appDatabaseUrl: appDatabaseUrl(ownerDatabaseUrl, appDatabasePassword),
    appDatabasePassword,
    jwtSecret,
    webDist: env['WEB_DIST'] ?? null,
    cookieSecure: env['COOKIE_SECURE'] ? env['COOKIE_SECURE'] === 'true' : publicUrl.startsWith('https://'),
    accessTokenTtlSeconds: 10 * 60,
    refreshTokenTtlSeconds: 2 * 60 * 60,
    sessionMaxAgeSeconds: 12 * 60 * 60,
    invitationTtlSeconds: 7 * 24 * 60 * 60,
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    storage: loadStorageConfig(env),
    // Reminders and notifications (issue 9)
    jobs: loadJobsConfig(env),
    mail: loadMailConfig(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
