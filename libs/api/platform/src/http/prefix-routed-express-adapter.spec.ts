import { Controller, Get, Module, Param, Post, Req, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Request } from 'express';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrefixRoutedExpressAdapter, routePrefixOf } from './prefix-routed-express-adapter';

@Controller('things')
class ThingsController {
  @Get('special')
  special(@Req() request: Request) {
    return { route: 'special', path: request.path, baseUrl: request.baseUrl };
  }
  @Get(':id')
  one(@Param('id') id: string) {
    return { route: 'one', id };
  }
  @Post()
  create() {
    return { route: 'create' };
  }
}

@Controller(':tenant/stuff')
class ParameterFirstController {
  @Get()
  list(@Param('tenant') tenant: string) {
    return { route: 'parameter-first', tenant };
  }
}

@Controller('other')
class OtherController {
  @Get()
  list() {
    return { route: 'other' };
  }
}

@Module({ controllers: [ThingsController, ParameterFirstController, OtherController] })
class RoutesModule {}

describe('PrefixRoutedExpressAdapter', () => {
  let app: INestApplication;
  const http = () => supertest(app.getHttpServer());

  beforeAll(async () => {
    app = await NestFactory.create(RoutesModule, new PrefixRoutedExpressAdapter(), { logger: false });
    app.setGlobalPrefix('api');
    // A route registered before some middleware (as Swagger's are) does not pass through it; the
    // controllers' routes, registered after it, do.
    app
      .getHttpAdapter()
      .get('/api/early/route', (_request: Request, response: { json(body: unknown): void }) =>
        response.json({ route: 'early' }),
      );
    // Middleware registered before the routes still runs before them.
    app.use(
      (_request: Request, response: { setHeader(name: string, value: string): void }, next: () => void) => {
        response.setHeader('x-before', 'yes');
        next();
      },
    );
    await app.init();
  });
  afterAll(async () => app.close());

  it('finds routes by prefix, in their declared order, with the request path untouched', async () => {
    const special = await http().get('/api/things/special').expect(200);
    expect(special.body).toEqual({ route: 'special', path: '/api/things/special', baseUrl: '' });
    expect(special.headers['x-before']).toBe('yes');
    expect((await http().get('/api/things/42').expect(200)).body).toEqual({ route: 'one', id: '42' });
    expect((await http().post('/api/things').expect(201)).body).toEqual({ route: 'create' });
    expect((await http().get('/api/other').expect(200)).body).toEqual({ route: 'other' });
    const early = await http().get('/api/early/route').expect(200);
    expect(early.body).toEqual({ route: 'early' });
    expect(early.headers['x-before']).toBeUndefined();
  });

  it('matches as Express does: any letter case, a trailing slash, a query string', async () => {
    expect((await http().get('/API/Things/7/?x=1').expect(200)).body).toEqual({ route: 'one', id: '7' });
    expect((await http().get('/api/other/').expect(200)).body).toEqual({ route: 'other' });
  });

  it('still serves routes whose prefix has a parameter, and answers 404 for unknown paths', async () => {
    expect((await http().get('/api/acme/stuff').expect(200)).body).toEqual({
      route: 'parameter-first',
      tenant: 'acme',
    });
    await http().get('/api/things').expect(404);
    await http().get('/api/nothing/here').expect(404);
    await http().delete('/api/things/1').expect(404);
  });

  it('takes the first two literal segments as the prefix', () => {
    expect(routePrefixOf('/api/evaluations/:id/report')).toBe('/api/evaluations');
    expect(routePrefixOf('/API/Users')).toBe('/api/users');
    expect(routePrefixOf('/api/:tenant/stuff')).toBeNull();
    expect(routePrefixOf('/api')).toBeNull();
    expect(routePrefixOf('/')).toBeNull();
  });
});
