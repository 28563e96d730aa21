import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config-error';
import { loadJobsConfig, loadMailConfig } from './jobs-config';

describe('jobs and mail configuration', () => {
  it('works the queues in the API process by default, but not under tests unless asked', () => {
    expect(loadJobsConfig({}).inProcess).toBe(true);
    expect(loadJobsConfig({ NODE_ENV: 'test' }).inProcess).toBe(false);
    expect(loadJobsConfig({ NODE_ENV: 'test', JOBS_IN_PROCESS: 'true' }).inProcess).toBe(true);
    expect(loadJobsConfig({ JOBS_IN_PROCESS: 'false' }).inProcess).toBe(false);
  });

  it('reads intervals and retries, with defaults, and refuses nonsense', () => {
    expect(loadJobsConfig({})).toMatchObject({
      relayIntervalSeconds: 10,
      pollingIntervalSeconds: 2,
      reminderCron: '0 8 * * *',
      reminderTimeZone: 'Asia/Shanghai',
      retryLimit: 5,
      retryDelaySeconds: 30,
    });
    expect(loadJobsConfig({ JOBS_RELAY_INTERVAL_SECONDS: '1', JOBS_RETRY_LIMIT: '0' })).toMatchObject({
      relayIntervalSeconds: 1,
      retryLimit: 0,
    });
    expect(() => loadJobsConfig({ JOBS_RELAY_INTERVAL_SECONDS: '0' })).toThrow(ConfigError);
    expect(() => loadJobsConfig({ JOBS_POLLING_INTERVAL_SECONDS: 'soon' })).toThrow(ConfigError);
  });

  it('sends mail only when SMTP_URL is set, from MAIL_FROM', () => {
    expect(loadMailConfig({})).toBeNull();
    expect(loadMailConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'a@b.c' })).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'a@b.c',
    });
    expect(() => loadMailConfig({ SMTP_URL: 'http://mail' })).toThrow(ConfigError);
  });
});
