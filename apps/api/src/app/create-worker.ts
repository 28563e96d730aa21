import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@jixiao/api-platform';
import { AppModule } from './app.module';

/**
 * The application without HTTP: the same modules (so every outbox planner and reminder source is
 * registered), working the job queues. `node dist/apps/api/main.js worker` runs it; scale by running
 * several (the relay and the reminders are safe with any number of workers).
 */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: process.env['NODE_ENV'] === 'test' ? ['error'] : ['log', 'warn', 'error'],
  });
  worker.enableShutdownHooks();
  await worker.init();
  return worker;
}
