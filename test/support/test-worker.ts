import type { INestApplicationContext } from '@nestjs/common';
import { createWorker } from '../../apps/api/src/app/create-worker';
import type { TestApp } from './test-app';

/** A `worker` process's application context on the test app's database and settings, working the queues. */
export function startTestWorker(t: TestApp): Promise<INestApplicationContext> {
  return createWorker({ ...t.config, jobs: { ...t.config.jobs, inProcess: true } });
}
