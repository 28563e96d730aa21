import {
  Controller,
  Get,
  Header,
  HttpCode,
  Module,
  Param,
  Post,
  StreamableFile,
  type INestApplication,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Request, Response } from 'express';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiExpressAdapter } from './api-express-adapter';

const BODIES: Record<string, unknown> = {
  object: { status: 'ok', count: 3, nested: { list: [1, '二', null, true] } },
  array: [{ id: 'a' }, { id: 'b' }],
  empty: {},
  chinese: { name: '绩效评价协同平台', note: 'emoji 😀 and "quotes" \\ </script>' },
  dated: { at: new Date('2026-12-01T08:00:00.000Z') },
  long: { text: '评'.repeat(2000) },
};

@Controller('reply')
class ReplyController {
  @Get('nest/:name')
  nest(@Param('name') name: string) {
    return BODIES[name];
  }
  @Post('created')
  created() {
    return { made: true };
  }
  @Post('accepted')
  @HttpCode(202)
  accepted() {
    return { queued: true };
  }
  @Get('nothing')
  nothing() {
    return undefined;
  }
  @Get('text')
  text() {
    return '纯文本';
  }
  @Get('csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  csv() {
    return 'a,b\n1,2\n';
  }
  @Get('file')
  file() {
    return new StreamableFile(Buffer.from('文件内容'), { type: 'text/plain; charset=utf-8' });
  }
}

@Module({ controllers: [ReplyController] })
class ReplyModule {}

describe('ApiExpressAdapter reply', () => {
  let app: INestApplication;
  const http = () => supertest(app.getHttpServer());

  beforeAll(async () => {
    app = await NestFactory.create(ReplyModule, new ApiExpressAdapter(), { logger: false });
    app.setGlobalPrefix('api');
    // The same bodies as Express's own res.json writes them, to compare byte for byte.
    app
      .getHttpAdapter()
      .get('/api/express/:name', (request: Request, response: Response) =>
        response.json(BODIES[String(request.params['name'])]),
      );
    await app.init();
  });
  afterAll(async () => app.close());

  it.each(Object.keys(BODIES))('writes the %s body with the bytes and headers of res.json', async (name) => {
    const ours = await http().get(`/api/reply/nest/${name}`).buffer(true).expect(200);
    const express = await http().get(`/api/express/${name}`).buffer(true).expect(200);
    expect(ours.text).toBe(express.text);
    expect(ours.headers['content-type']).toBe(express.headers['content-type']);
    expect(ours.headers['content-length']).toBe(express.headers['content-length']);
    expect(JSON.parse(ours.text)).toEqual(JSON.parse(JSON.stringify(BODIES[name])));
  });

  it('keeps the status Nest chose: 201 for a POST, the declared code otherwise', async () => {
    expect((await http().post('/api/reply/created').expect(201)).body).toEqual({ made: true });
    expect((await http().post('/api/reply/accepted').expect(202)).body).toEqual({ queued: true });
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await http().head('/api/reply/nest/object').expect(200);
    expect(head.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(head.text ?? '').toBe('');
  });

  it('leaves no body, text, a declared Content-Type and files to Nest’s reply', async () => {
    const nothing = await http().get('/api/reply/nothing').expect(200);
    expect(nothing.text).toBe('');
    expect((await http().get('/api/reply/text').expect(200)).text).toBe('纯文本');
    const csv = await http().get('/api/reply/csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text).toBe('a,b\n1,2\n');
    const file = await http().get('/api/reply/file').expect(200);
    expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(file.text).toBe('文件内容');
  });
});
