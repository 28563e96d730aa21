import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { localeFromAcceptLanguage } from '@jixiao/contracts';
import cookieParser from 'cookie-parser';
import { json, type NextFunction, type Request, type Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { toAppError } from '../errors/app-exception.filter';
import { errorResponseBody } from '../errors/error-response';
import { createValidationPipe } from '../errors/validation.pipe';
import { DatabaseReadiness } from '../health/database-readiness';
import { healthFastPath } from '../health/health-fast-path';
import { requestIdOf } from '../tenancy/request-id';
import { rejectUnsafeContent } from './body-content';
import { requireKnownContentType } from './content-type';
import { verifyJsonShape } from './json-shape';
import { ApiExpressAdapter } from './api-express-adapter';
import { API_CACHE_CONTROL, securityHeaders, securityHeadersOf } from './security-headers';
import { serveWebApp } from './serve-web-app';

export const API_PREFIX = 'api';
/**
 * Indicator systems with their full scoring standards run to a few hundred kilobytes. Besides the
 * byte limit, keys, depth and array lengths are bounded before parsing (`json-shape.ts`).
 */
export const JSON_BODY_LIMIT = '2mb';

const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
};

/** Body-parser errors happen before Nest's pipeline; answer them in the same shape as every error. */
function bodyParserErrorHandler(
  error: unknown,
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  const appError = toAppError(error);
  if (!appError) {
    next(error);
    return;
  }
  const requestId = requestIdOf(request);
  response.setHeader('x-request-id', requestId);
  response
    .status(appError.status)
    .json(
      errorResponseBody(appError, localeFromAcceptLanguage(request.headers['accept-language']), requestId),
    );
}

const isApiPath = (path: string) => path.startsWith(`/${API_PREFIX}/`) || path === `/${API_PREFIX}`;

/** Middleware, validation, OpenAPI and static files, shared by the server and the e2e tests. */
export function configureApp(nest: INestApplication, config: AppConfig): void {
  const app = nest as NestExpressApplication;
  app.disable('x-powered-by');
  // API answers are `Cache-Control: no-store`, so an ETag (a SHA-1 of every JSON body) is never used;
  // the web app's static files get theirs from serve-static, which does not read this setting.
  app.set('etag', false);
  if (config.trustProxy !== false) app.set('trust proxy', config.trustProxy);
  const headers = securityHeadersOf({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
  });
  app.use(securityHeaders(headers, `/${API_PREFIX}/`));
  const adapter = app.getHttpAdapter();
  if (adapter instanceof ApiExpressAdapter) {
    adapter.answerEarly(
      healthFastPath(`/${API_PREFIX}/health`, app.get(DatabaseReadiness), [...headers, API_CACHE_CONTROL]),
    );
  }
  // The only cookie is the refresh token's, scoped to /api/auth: no other route parses cookies.
  app.use(`/${API_PREFIX}/auth`, cookieParser());
  app.use(requireKnownContentType);
  // Nest's useBodyParser hides body-parser's `verify` hook, which the shape check needs.
  app.use(json({ limit: JSON_BODY_LIMIT, strict: true, verify: verifyJsonShape }));
  app.use(rejectUnsafeContent);
  app.use(bodyParserErrorHandler);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Jixiao API · 绩效评价协同平台')
      .setDescription(
        'Errors are ErrorResponse bodies with a stable `code`; messages follow Accept-Language.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/openapi.json` });

  if (config.webDist) serveWebApp(app, config.webDist, isApiPath);
}
