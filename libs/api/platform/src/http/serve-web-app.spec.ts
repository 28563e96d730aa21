import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebApp } from './serve-web-app';

const SCRIPT = `console.log(${JSON.stringify('绩效评价'.repeat(2000))});\n`;
const INDEX = '<!doctype html><html lang="zh-CN"><body><jx-root></jx-root></body></html>';

describe('serveWebApp', () => {
  let dist: string;
  let app: express.Express;
  const http = () => supertest(app);
  let server: Server;
  /** The status, headers and raw bytes of an answer (supertest would decode them). */
  const raw = (path: string, encoding: string) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
      const { port } = server.address() as AddressInfo;
      get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      }).on('error', fail);
    });

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'jx-web-'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'main-GIXMCELB.js'), SCRIPT);
    writeFileSync(join(dist, 'chunk-B6GXsu-q.js'), SCRIPT);
    writeFileSync(join(dist, 'favicon.ico'), Buffer.alloc(64, 1));
    app = express();
    serveWebApp(app, dist, (path) => path.startsWith('/api/'));
    app.use((_request, response) => {
      response.status(404).json({ code: 'NOT_FOUND' });
    });
    await new Promise<void>((listening) => {
      server = app.listen(0, '127.0.0.1', () => listening());
    });
  });
  afterAll(() => {
    server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('compresses files with brotli or gzip, as the browser accepts, to the same bytes', async () => {
    const brotli = await raw('/main-GIXMCELB.js', 'br, gzip');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);
    expect(brotli.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);

    const gzip = await raw('/main-GIXMCELB.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await raw('/main-GIXMCELB.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('lets browsers keep content-hashed files for a year and revalidate the rest', async () => {
    for (const path of ['/main-GIXMCELB.js', '/chunk-B6GXsu-q.js']) {
      const response = await http().get(path).expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await http().get('/favicon.ico').expect(200)).headers['cache-control']).toBe(
      'public, max-age=3600',
    );
    const route = await http().get('/evaluations/123').expect(200);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.text).toBe(INDEX);
  });

  it('leaves API paths alone, compressed or not', async () => {
    const api = await http().get('/api/users').set('Accept-Encoding', 'br, gzip').expect(404);
    expect(api.headers['content-encoding']).toBeUndefined();
    expect(api.body).toEqual({ code: 'NOT_FOUND' });
  });
});
