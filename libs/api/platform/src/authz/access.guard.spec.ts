import { describe, expect, it, vi } from 'vitest';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { AccessGuard } from './access.guard';
import { PublicEndpoint } from './endpoint.decorator';
import type { PrincipalLoader } from './principal-loader';
import type { RequestContext } from '../tenancy/request-context';
import type { AuditTrail } from '../audit/audit-trail.service';
import { AppError } from '../errors/app-error';

class Routes {
  undecorated(): void {
    return undefined;
  }

  @PublicEndpoint()
  open(): void {
    return undefined;
  }
}

function contextFor(handler: keyof Routes): ExecutionContext {
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const loader = { load: vi.fn() } as unknown as PrincipalLoader;
  const guard = new AccessGuard(new Reflector(), loader, {} as RequestContext, {} as AuditTrail);

  it('refuses a route that declares no policy (fail closed)', async () => {
    await expect(guard.canActivate(contextFor('undecorated'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
  });

  it('lets a public route through without looking for a principal', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
    expect(loader.load).not.toHaveBeenCalled();
  });

  it('produces AppErrors, never bare exceptions', async () => {
    const error = await guard.canActivate(contextFor('undecorated')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
  });
});
