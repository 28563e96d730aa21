import { ConfigError } from '../config/config-error';

/** How the background jobs run (docs/evaluations.md "Jobs, notifications and reminders"). */
export interface JobsConfig {
  /**
   * Whether this process works the queues. True by default, so `serve` alone runs everything; set
   * JOBS_IN_PROCESS=false on API replicas when separate `worker` processes do the work.
   */
  inProcess: boolean;
  /** How often a worker looks for undelivered outbox messages. */
  relayIntervalSeconds: number;
  /** How often a worker polls its queues for new jobs. */
  pollingIntervalSeconds: number;
  /** When the daily reminders run (cron, in `reminderTimeZone`). */
  reminderCron: string;
  reminderTimeZone: string;
  /** A failing job is retried this often, with exponential backoff from `retryDelaySeconds`. */
  retryLimit: number;
  retryDelaySeconds: number;
}

/** Outgoing mail; null when SMTP is not configured (in-app notifications only). */
export interface MailConfig {
  smtpUrl: string;
  from: string;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer ≥ ${min}`);
  return value;
}

export function loadJobsConfig(env: NodeJS.ProcessEnv): JobsConfig {
  const inProcessRaw = env['JOBS_IN_PROCESS'];
  // Tests start many apps: they opt in to jobs where they test them.
  const inProcess = inProcessRaw ? inProcessRaw === 'true' : env['NODE_ENV'] !== 'test';
  return {
    inProcess,
    relayIntervalSeconds: positive(env, 'JOBS_RELAY_INTERVAL_SECONDS', 10),
    pollingIntervalSeconds: positive(env, 'JOBS_POLLING_INTERVAL_SECONDS', 2),
    reminderCron: env['REMINDER_CRON'] || '0 8 * * *',
    reminderTimeZone: 'Asia/Shanghai',
    retryLimit: positive(env, 'JOBS_RETRY_LIMIT', 5, 0),
    retryDelaySeconds: positive(env, 'JOBS_RETRY_DELAY_SECONDS', 30),
  };
}

export function loadMailConfig(env: NodeJS.ProcessEnv): MailConfig | null {
  const smtpUrl = env['SMTP_URL'];
  if (!smtpUrl) return null;
  if (!/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  return { smtpUrl, from: env['MAIL_FROM'] || '绩效评价协同平台 <no-reply@localhost>' };
}
