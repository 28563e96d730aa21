import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureApp, ApiExpressAdapter, type AppConfig } from '@jixiao/api-platform';
import { AppModule } from './app.module';

/** The configured Nest application, as the server runs it and as the e2e tests drive it. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), new ApiExpressAdapter(), {
    bodyParser: false,
    logger: process.env['NODE_ENV'] === 'test' ? ['error'] : ['log', 'warn', 'error'],
  });
  configureApp(app, config);
  app.enableShutdownHooks();
  await app.init();
  return app;
}
