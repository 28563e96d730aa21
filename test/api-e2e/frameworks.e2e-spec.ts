import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  FrameworkTemplateDetail,
  FrameworkTemplateSummary,
  ScoreFrameworkResponse,
} from '@jixiao/contracts';
import { miniFramework } from '../support/mini-framework';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';

describe('indicator-system library and scoring', () => {
  let t: TestApp;
  let lead: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t, 'lead@firm.demo');
  });
  afterAll(async () => t.close());

  it('lists the built-in systems of both seed reports, read-only and valid', async () => {
    const list = (await t.http().get('/api/frameworks').set(lead.auth).expect(200))
      .body as FrameworkTemplateSummary[];
    const builtins = list.filter((item) => item.builtin);
    expect(builtins.length).toBeGreaterThanOrEqual(2);
    for (const builtin of builtins) {
      const detail = (await t.http().get(`/api/frameworks/${builtin.id}`).set(lead.auth).expect(200))
        .body as FrameworkTemplateDetail;
      expect(detail.framework.indicators.length).toBeGreaterThan(2);
      expect(detail.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const edit = await t
        .http()
        .put(`/api/frameworks/${builtin.id}`)
        .set(lead.auth)
        .send({ framework: detail.framework, baseVersion: 1 });
      expect((edit.body as ErrorResponse).code).toBe('FRAMEWORK_BUILTIN_READONLY');
    }
  });

  it('creates, versions, refuses stale saves, retires and restores a template', async () => {
    const created = (
      await t.http().post('/api/frameworks').set(lead.auth).send({ framework: miniFramework() }).expect(201)
    ).body as FrameworkTemplateDetail;
    expect(created).toMatchObject({ builtin: false, version: 1, status: 'active', indicatorCount: 3 });

    const edited = miniFramework('迷你指标体系（修订）');
    const saved = (
      await t
        .http()
        .put(`/api/frameworks/${created.id}`)
        .set(lead.auth)
        .send({ framework: edited, baseVersion: 1, note: '改名' })
        .expect(200)
    ).body as FrameworkTemplateDetail;
    expect(saved.version).toBe(2);
    expect(saved.name).toBe('迷你指标体系（修订）');
    expect(saved.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(saved.versions[0]).toMatchObject({ note: '改名', createdByName: '陈立' });

    const stale = await t
      .http()
      .put(`/api/frameworks/${created.id}`)
      .set(lead.auth)
      .send({ framework: edited, baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorResponse).code).toBe('CONFLICT');

    await t.http().post(`/api/frameworks/${created.id}/retire`).set(lead.auth).expect(200);
    const retiredEdit = await t
      .http()
      .put(`/api/frameworks/${created.id}`)
      .set(lead.auth)
      .send({ framework: edited, baseVersion: 2 });
    expect(retiredEdit.status).toBe(409);
    const restored = (await t.http().post(`/api/frameworks/${created.id}/restore`).set(lead.auth).expect(200))
      .body as FrameworkTemplateDetail;
    expect(restored.status).toBe('active');
  });

  it('copies a built-in system into the library, leaving the built-in unchanged', async () => {
    const list = (await t.http().get('/api/frameworks').set(lead.auth).expect(200))
      .body as FrameworkTemplateSummary[];
    const builtin = list.find((item) => item.builtin);
    if (!builtin) throw new Error('no built-in');
    const copy = (
      await t
        .http()
        .post(`/api/frameworks/${builtin.id}/copy`)
        .set(lead.auth)
        .send({ name: '本所 2025 版' })
        .expect(201)
    ).body as FrameworkTemplateDetail;
    expect(copy).toMatchObject({
      builtin: false,
      name: '本所 2025 版',
      version: 1,
      indicatorCount: builtin.indicatorCount,
    });
    expect(copy.versions[0]?.note).toContain(builtin.name);
  });

  it('rejects an invalid system with one detail per problem, naming the indicator', async () => {
    const broken = miniFramework();
    const [level1] = broken.indicators;
    if (!level1?.children?.[0]) throw new Error('fixture changed');
    level1.children[0].weight = '50';
    const response = await t.http().post('/api/frameworks').set(lead.auth).send({ framework: broken });
    const body = response.body as ErrorResponse;
    expect(response.status).toBe(400);
    expect(body.code).toBe('FRAMEWORK_INVALID');
    expect(body.details?.some((d) => d.field === 'framework.1')).toBe(true);
    expect(body.details?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('scores a framework against figures, observations and overrides with explanations', async () => {
    const response = await t
      .http()
      .post('/api/scoring/evaluate')
      .set(lead.auth)
      .send({
        framework: miniFramework(),
        figures: { final_accounts: 900, final_budget: 1000 },
        observations: { '1.2': 1 },
        overrides: {},
        stated: { total: '75', grade: '中' },
      })
      .expect(200);
    const { result, consistency } = response.body as ScoreFrameworkResponse;
    const node = (id: string) => result.nodes.find((n) => n.id === id);
    expect(node('1.1')?.final).toBe('45');
    expect(node('1.2')?.final).toBe('30');
    expect(result.total).toBe('75');
    expect(result.grade).toBe('中');
    expect(node('1.1')?.explanation).toMatch(/90/);
    expect(consistency.findings).toEqual([]);
  });

  it('requires a reason for every override', async () => {
    const response = await t
      .http()
      .post('/api/scoring/evaluate')
      .set(lead.auth)
      .send({
        framework: miniFramework(),
        figures: {},
        observations: {},
        overrides: { '1.1': { score: '50', reason: '' } },
      });
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponse).details?.[0]?.field).toBe('overrides.1.1');
  });

  it('keeps units out of indicator-system libraries', async () => {
    const liaison = await signIn(t, 'admin@zsl.demo');
    expect((await t.http().get('/api/frameworks').set(liaison.auth)).status).toBe(403);
  });
});
