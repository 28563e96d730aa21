import express from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { securityHeaders, securityHeadersOf } from './security-headers';

/** The headers a response carries, without the ones that change per response. */
async function headersOf(app: express.Express, path: string): Promise<Record<string, string>> {
  const { headers } = await supertest(app).get(path);
  const {
    date: _date,
    etag: _etag,
    'content-length': _length,
    connection: _connection,
    ...rest
  } = headers as Record<string, string>;
  return rest;
}

function appWith(middleware: express.RequestHandler): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(middleware);
  app.get(/.*/, (_request, response) => {
    response.json({ ok: true });
  });
  return app;
}

const OPTIONS: HelmetOptions[] = [
  {
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } },
    strictTransportSecurity: false,
  },
  { strictTransportSecurity: true },
];

describe('securityHeaders', () => {
  it.each(OPTIONS)('sets exactly the headers helmet itself sets (%#)', async (options) => {
    const fromHelmet = await headersOf(appWith(helmet(options)), '/page');
    const taken = await headersOf(appWith(securityHeaders(securityHeadersOf(options), '/api/')), '/page');
    expect(Object.keys(fromHelmet).length).toBeGreaterThan(8);
    expect(taken).toEqual(fromHelmet);
  });

  it('adds Cache-Control: no-store to API answers only', async () => {
    const app = appWith(securityHeaders(securityHeadersOf(OPTIONS[0] ?? {}), '/api/'));
    expect((await headersOf(app, '/api/users'))['cache-control']).toBe('no-store');
    expect((await headersOf(app, '/index.html'))['cache-control']).toBeUndefined();
  });
});
