import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import compression from 'compression';
import { static as serveStatic, type NextFunction, type Request, type Response } from 'express';

/** What `serveWebApp` registers its middleware on: an Express or Nest Express application. */
interface UsesMiddleware {
  use(handler: (request: Request, response: Response, next: NextFunction) => void): unknown;
}

/**
 * Angular's production files carry an 8-character hash of their content in the name (`main-GIXMCELB.js`,
 * `chunk-B6GXsu-q.js`, `styles-4YSAFPFY.css`): a new build gives new names, so a browser may keep them.
 */
const CONTENT_HASHED = /^[a-z]+-[A-Za-z0-9_-]{8}\.(?:js|css)$/;
const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Serves the built web app, answering unknown non-API paths with index.html (client-side routes).
 * API paths never reach the static files: looking for them there cost every API request a file-system
 * lookup. The files are compressed (brotli or gzip, as the browser accepts): the first page needs about
 * 1.8 MB of scripts and styles, a few hundred kB compressed. API answers are not compressed: they carry
 * one organisation's data beside what the caller sent, the condition for BREACH-style attacks.
 * Content-hashed files are cached for a year (`immutable`), index.html is revalidated on every load.
 */
export function serveWebApp(
  app: UsesMiddleware,
  webDist: string,
  isApiPath: (path: string) => boolean,
): void {
  const root = resolve(webDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return;
  const compress = compression();
  const files = serveStatic(root, {
    index: false,
    maxAge: '1h',
    setHeaders: (response, path) => {
      if (CONTENT_HASHED.test(basename(path))) {
        response.setHeader('Cache-Control', `public, max-age=${YEAR_SECONDS}, immutable`);
      }
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path)) {
      next();
      return;
    }
    compress(request, response, () =>
      files(request, response, () => {
        if (request.method !== 'GET') {
          next();
          return;
        }
        response.setHeader('Cache-Control', 'no-cache');
        response.sendFile(index);
      }),
    );
  });
}
