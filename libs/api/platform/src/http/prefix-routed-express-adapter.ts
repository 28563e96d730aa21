import { ExpressAdapter } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options' | 'all';
type Router = ReturnType<typeof express.Router>;

/**
 * The part of a route path (or request path) that picks its router: its first two segments, such as
 * `/api/evaluations` — or null when either is a parameter or missing. Lower-cased: Express matches
 * routes case-insensitively unless told otherwise.
 */
export function routePrefixOf(path: string): string | null {
  const match = /^\/([^/:*?(){}]+)\/([^/:*?(){}]+)(?:\/|$)/.exec(path);
  return match ? `/${match[1]}/${match[2]}`.toLowerCase() : null;
}

/**
 * Express finds a route by trying every registered route in turn, so each request paid for every route
 * registered before its own — a cost that grew with each feature (tools/bench/bare-vs-product.mjs
 * profile). This adapter keeps Nest's routes in one Express router per path prefix (`/api/users`,
 * `/api/evaluations`, …) behind a single dispatching middleware, which picks the router by the
 * request's prefix in one map lookup; inside, routes keep their order and Express's matching. Routes
 * whose prefix has a parameter are registered on the application as before. Middleware registered
 * between routes stays between them: routes after it go to a new dispatcher. The routers are invoked
 * without being mounted, so `request.path`, `url` and `baseUrl` stay what they were.
 */
export class PrefixRoutedExpressAdapter extends ExpressAdapter {
  /** The routers of the dispatcher last added to the application, by prefix. */
  private routers = new Map<string, Router>();
  private dispatcher: RequestHandler | null = null;

  override get(...args: unknown[]): unknown {
    return this.register('get', args);
  }
  override post(...args: unknown[]): unknown {
    return this.register('post', args);
  }
  override put(...args: unknown[]): unknown {
    return this.register('put', args);
  }
  override patch(...args: unknown[]): unknown {
    return this.register('patch', args);
  }
  override delete(...args: unknown[]): unknown {
    return this.register('delete', args);
  }
  override head(...args: unknown[]): unknown {
    return this.register('head', args);
  }
  override options(...args: unknown[]): unknown {
    return this.register('options', args);
  }
  override all(...args: unknown[]): unknown {
    return this.register('all', args);
  }

  private register(method: RouteMethod, args: unknown[]): unknown {
    const [path, ...handlers] = args;
    const prefix = typeof path === 'string' ? routePrefixOf(path) : null;
    const app = this.getInstance<express.Express>();
    if (prefix === null) return (app[method] as (...a: unknown[]) => unknown).apply(app, args);
    const routers = this.currentRouters(app);
    let router = routers.get(prefix);
    if (!router) {
      router = express.Router({
        caseSensitive: Boolean(app.get('case sensitive routing')),
        strict: Boolean(app.get('strict routing')),
      });
      routers.set(prefix, router);
    }
    (router[method] as (...a: unknown[]) => unknown).call(router, path, ...handlers);
    return this;
  }

  /**
   * The routers to add a route to: those of the dispatcher at the end of the application's stack, or
   * of a new dispatcher appended there if anything was registered since (Swagger's routes come before
   * the request-context middleware, Nest's after it) — so routes and middleware keep their order.
   */
  private currentRouters(app: express.Express): Map<string, Router> {
    const stack = (app.router as unknown as { stack: { handle: unknown }[] }).stack;
    if (this.dispatcher && stack.at(-1)?.handle === this.dispatcher) return this.routers;
    const routers = new Map<string, Router>();
    const dispatcher: RequestHandler = (request: Request, response: Response, next: NextFunction) => {
      const prefix = routePrefixOf(request.path);
      const router = prefix === null ? undefined : routers.get(prefix);
      if (router) router(request, response, next);
      else next();
    };
    app.use(dispatcher);
    this.routers = routers;
    this.dispatcher = dispatcher;
    return routers;
  }
}
