import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@jixiao/api-platform';
import { WorkerModule } from './worker.module';

/**
 * The application without HTTP (WorkerModule: every capability that registers an outbox planner or a
 * reminder source), working the job queues. `node dist/apps/api/main.js worker` runs it; scale by running
 * several (the relay and the reminders are safe with any number of workers).
 */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: process.env['NODE_ENV'] === 'test' ? ['error'] : ['log', 'warn', 'error'],
  });
  worker.enableShutdownHooks();
  await worker.init();
  return worker;
}
