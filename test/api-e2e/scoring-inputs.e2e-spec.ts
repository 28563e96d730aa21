import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  FrameworkImportPreview,
  FrameworkTemplateDetail,
  ScoreFrameworkResponse,
} from '@jixiao/contracts';
import { miniFramework } from '../support/mini-framework';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { blankWorkbook, setInfo, toBuffer, XLSX } from '../support/xlsx';

/** Inputs that used to crash the API or give wrong results (issue 7, "Crashes and wrong results"). */
describe('scoring and saving refuse bad input with 4xx, never 500', () => {
  let t: TestApp;
  let lead: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t, 'lead@firm.demo');
  });
  afterAll(async () => t.close());

  const score = (body: Record<string, unknown>) =>
    t
      .http()
      .post('/api/scoring/evaluate')
      .set(lead.auth)
      .send({ framework: miniFramework(), figures: {}, observations: {}, overrides: {}, ...body });

  function details(response: { body: unknown }): string[] {
    return ((response.body as ErrorResponse).details ?? []).map((d) => `${d.field} ${d.code}`);
  }

  it('answers an override that is null with 400 on that override', async () => {
    const response = await score({ overrides: { '1': null } });
    expect(response.status).toBe(400);
    expect(details(response)).toEqual(['overrides.1 override.not_object']);
  });

  it('refuses observations for indicators that do not exist', async () => {
    const response = await score({ observations: { '9.9': 1, '1.2': 0 } });
    expect(response.status).toBe(400);
    expect(details(response)).toEqual(['observations.9.9 observation.unknown_id']);
    expect((response.body as ErrorResponse).details?.[0]?.message).toContain('9.9');
  });

  it('refuses overrides for indicators that do not exist', async () => {
    const response = await score({ overrides: { '7': { score: '1', reason: '复核' } } });
    expect(response.status).toBe(400);
    expect(details(response)).toEqual(['overrides.7 override.unknown_id']);
  });

  it('says a figure sent as a string has the wrong type instead of calling it missing', async () => {
    const response = await score({ figures: { final_accounts: '900', final_budget: 1000 } });
    expect(response.status).toBe(400);
    expect(details(response)).toEqual(['figures.final_accounts figure.wrong_type']);
    expect((response.body as ErrorResponse).details?.[0]?.message).toBe(
      '数据“决算支出数（万元）”应为数值，实为文字“900”',
    );
    const english = await score({ figures: { final_accounts: '900' } }).set('Accept-Language', 'en-US');
    expect((english.body as ErrorResponse).details?.[0]?.message).toBe(
      'The figure “Final accounts expenditure (10k CNY)” should be a number, not the text “900”',
    );
  });

  it('compares a stated total sent as a number like one sent as text', async () => {
    const figures = { final_accounts: 900, final_budget: 1000 };
    const observations = { '1.2': 1 };
    for (const total of [75, '75', '75.00']) {
      const response = await score({ figures, observations, stated: { total } }).expect(200);
      expect((response.body as ScoreFrameworkResponse).consistency.findings).toEqual([]);
    }
    const differs = await score({ figures, observations, stated: { total: 74 } }).expect(200);
    expect((differs.body as ScoreFrameworkResponse).consistency.findings.map((f) => f.kind)).toEqual([
      'stated_total_differs',
    ]);
    const wrong = await score({ stated: { total: { value: 75 } } });
    expect(details(wrong)).toEqual(['stated.total stated.wrong_type']);
  });

  it.each([
    ['empty', '', 'framework.name_empty'],
    ['blank', '   ', 'framework.name_empty'],
    ['over 200 characters', '指'.repeat(201), 'framework.name_too_long'],
  ])('refuses a framework name that is %s with 400 FRAMEWORK_INVALID', async (_, name, code) => {
    const response = await t
      .http()
      .post('/api/frameworks')
      .set(lead.auth)
      .send({ framework: miniFramework(name) });
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponse).code).toBe('FRAMEWORK_INVALID');
    expect(details(response)).toContain(`framework ${code}`);
  });

  it('accepts a name of exactly 200 characters, counted as characters', async () => {
    await t
      .http()
      .post('/api/frameworks')
      .set(lead.auth)
      .send({ framework: miniFramework('𠀀'.repeat(200)) })
      .expect(201);
  });

  it('finds an over-long name on the dry run, and the real import refuses it with 400', async () => {
    const workbook = await blankWorkbook(t, lead);
    setInfo(workbook, '指标体系名称', '名'.repeat(201));
    const file = await toBuffer(workbook);
    const upload = (dryRun: boolean) =>
      t
        .http()
        .post(`/api/framework-files/import?dryRun=${String(dryRun)}`)
        .set(lead.auth)
        .attach('file', file, { filename: 'long.xlsx', contentType: XLSX });
    const preview = (await upload(true).expect(200)).body as FrameworkImportPreview;
    expect(preview.framework).toBeNull();
    expect(preview.problems.map((p) => p.code)).toContain('framework.name_too_long');
    const response = await upload(false);
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponse).code).toBe('IMPORT_INVALID');
  });

  it('keeps the version note sent with an import, and refuses an over-long one', async () => {
    const file = await toBuffer(await blankWorkbook(t, lead));
    const created = (
      await t
        .http()
        .post('/api/framework-files/import')
        .set(lead.auth)
        .field('note', '按 2025 年方案导入')
        .attach('file', file, { filename: 'a.xlsx', contentType: XLSX })
        .expect(201)
    ).body as FrameworkTemplateDetail;
    expect(created.versions[0]?.note).toBe('按 2025 年方案导入');
    const long = await t
      .http()
      .post('/api/framework-files/import')
      .set(lead.auth)
      .field('note', '长'.repeat(501))
      .attach('file', file, { filename: 'a.xlsx', contentType: XLSX });
    expect(long.status).toBe(400);
    expect(details(long)).toEqual(['note maxLength']);
  });
});
