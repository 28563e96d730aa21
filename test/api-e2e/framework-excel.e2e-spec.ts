import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbook } from 'exceljs';
import type {
  ErrorResponse,
  FrameworkImportPreview,
  FrameworkTemplateDetail,
  FrameworkTemplateSummary,
} from '@jixiao/contracts';
import type { Response } from 'supertest';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Collects a binary response body as a Buffer. */
/** Collects a binary response body (supertest's parser signature: the raw response and a callback). */
function binary(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** A sheet a finance bureau might send: a title row, columns out of order, and four mistakes. */
async function malformedWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const indicators = workbook.addWorksheet('指标体系');
  indicators.addRow(['某区 2025 年部门整体支出绩效评价指标体系']);
  indicators.addRow(['指标名称', '编号', '权重', '规则类型', '数据来源', '规则参数']);
  indicators.addRow(['过程', '1', '100']);
  indicators.addRow(['预算执行率', '1.1', '五', '线性', '指标:execution_rate', '零分点=0.6; 满分点=1']);
  indicators.addRow(['制度', '1.2', '50', '随便打分', '', '']);
  indicators.addRow(['孤儿', '3.1', '1', '', '', '']);
  indicators.addRow(['分档', '1.3', '10', '分档', '观测值', '[0,0.1=4; 很多=2']);
  const measures = workbook.addWorksheet('计算指标');
  measures.addRow(['key', '名称', '单位', '公式']);
  measures.addRow(['execution_rate', '预算执行率', '比率', 'final_accounts / final_budget']);
  const grades = workbook.addWorksheet('评价等级');
  grades.addRow(['等级', '最低分(含)']);
  grades.addRow(['优', 90]);
  grades.addRow(['差', 0]);
  const info = workbook.addWorksheet('说明');
  for (const row of [
    ['指标体系代码', 'bad'],
    ['指标体系名称', '有错的指标体系'],
    ['总权重', 100],
    ['等级方案代码', 'std'],
    ['等级方案名称', '优差'],
  ]) {
    info.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('indicator systems as Excel workbooks', () => {
  let t: TestApp;
  let lead: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t, 'lead@firm.demo');
  });
  afterAll(async () => t.close());

  async function templateCount(): Promise<number> {
    const list = (await t.http().get('/api/frameworks').set(lead.auth).expect(200))
      .body as FrameworkTemplateSummary[];
    return list.filter((item) => !item.builtin).length;
  }

  function upload(data: Buffer, dryRun: boolean, name = 'system.xlsx') {
    return t
      .http()
      .post(`/api/framework-files/import?dryRun=${String(dryRun)}`)
      .set(lead.auth)
      .attach('file', data, { filename: name, contentType: XLSX });
  }

  async function download(path: string): Promise<Response & { body: Buffer }> {
    return (await t.http().get(path).set(lead.auth).buffer(true).parse(binary).expect(200)) as Response & {
      body: Buffer;
    };
  }

  it('exports a built-in system that imports back unchanged, without saving on a dry run', async () => {
    const list = (await t.http().get('/api/frameworks').set(lead.auth).expect(200))
      .body as FrameworkTemplateSummary[];
    const builtin = list.find((item) => item.builtin);
    if (!builtin) throw new Error('no built-in');
    const detail = (await t.http().get(`/api/frameworks/${builtin.id}`).set(lead.auth).expect(200))
      .body as FrameworkTemplateDetail;
    const file = await download(`/api/framework-files/${builtin.id}/export.xlsx`);
    expect(file.headers['content-type']).toBe(XLSX);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`${builtin.name}.xlsx`)}`,
    );
    expect(file.body.subarray(0, 2).toString()).toBe('PK');

    const before = await templateCount();
    const preview = (await upload(file.body, true).expect(200)).body as FrameworkImportPreview;
    expect(preview.problems.filter((p) => !p.code.startsWith('warning.'))).toEqual([]);
    // Its code is the built-in's: the import would be renamed, and says so.
    expect(preview.framework).toEqual({ ...detail.framework, key: `${detail.framework.key}-2` });
    expect(preview.problems.find((p) => p.code === 'warning.info.key_renamed')?.message).toContain(
      builtin.name,
    );
    expect(preview.indicatorCount).toBe(builtin.indicatorCount);
    expect(await templateCount()).toBe(before);
  });

  it('imports a workbook as a new template', async () => {
    const blank = await download('/api/framework-files/blank.xlsx');
    const created = (await upload(blank.body, false).expect(201)).body as FrameworkTemplateDetail;
    expect(created).toMatchObject({ builtin: false, version: 1, indicatorCount: 3 });
    const exported = await download(`/api/framework-files/${created.id}/export.xlsx`);
    const again = (await upload(exported.body, true).expect(200)).body as FrameworkImportPreview;
    expect(again.framework).toEqual({ ...created.framework, key: `${created.framework.key}-2` });
  });

  it('refuses a malformed sheet with row- and column-level details, saving nothing', async () => {
    const before = await templateCount();
    const response = await upload(await malformedWorkbook(), false);
    const body = response.body as ErrorResponse;
    expect(response.status).toBe(400);
    expect(body.code).toBe('IMPORT_INVALID');
    const fields = body.details?.map((d) => `${d.field} ${d.code}`) ?? [];
    expect(fields).toEqual(
      expect.arrayContaining([
        '指标体系!4:权重 cell.not_number',
        '指标体系!5:规则类型 rule.unknown_kind',
        '指标体系!6:编号 indicator.parent_missing',
        '指标体系!7:规则参数 rule.params_invalid',
      ]),
    );
    expect(body.details?.find((d) => d.code === 'cell.not_number')?.message).toBe(
      "第 4 行「权重」不是数字：'五'",
    );
    expect(await templateCount()).toBe(before);

    const preview = (await upload(await malformedWorkbook(), true).expect(200))
      .body as FrameworkImportPreview;
    expect(preview.framework).toBeNull();
    expect(preview.problems.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a file that is not an .xlsx workbook', async () => {
    const response = await upload(Buffer.from('编号,指标名称\n1,过程\n'), false, 'system.csv');
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponse).code).toBe('IMPORT_INVALID');
    const missing = await t.http().post('/api/framework-files/import').set(lead.auth).field('note', 'x');
    expect(missing.status).toBe(400);
  });

  it('refuses a file over 5 MB', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    big.write('PK\x03\x04', 0, 'latin1');
    const response = await upload(big, true);
    expect(response.status).toBe(413);
    expect((response.body as ErrorResponse).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('keeps units out', async () => {
    const unit = await signIn(t, 'admin@zsl.demo');
    expect((await t.http().get('/api/framework-files/blank.xlsx').set(unit.auth)).status).toBe(403);
    expect(
      (await t.http().get('/api/framework-files/builtin-zhongshan-2024/export.xlsx').set(unit.auth)).status,
    ).toBe(403);
    const blank = await download('/api/framework-files/blank.xlsx');
    const response = await t
      .http()
      .post('/api/framework-files/import?dryRun=true')
      .set(unit.auth)
      .attach('file', blank.body, { filename: 'system.xlsx', contentType: XLSX });
    expect(response.status).toBe(403);
  });
});
