import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, FrameworkTemplateDetail } from '@jixiao/contracts';
import { miniFramework } from '../support/mini-framework';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';

/** Absurd values are refused before they become a version, each with a field error naming the limit. */
describe('indicator-system limits', () => {
  let t: TestApp;
  let lead: SignedIn;
  let created: FrameworkTemplateDetail;
  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t, 'lead@firm.demo');
    created = (
      await t.http().post('/api/frameworks').set(lead.auth).send({ framework: miniFramework() }).expect(201)
    ).body as FrameworkTemplateDetail;
  });
  afterAll(async () => t.close());

  async function save(mutate: (framework: ReturnType<typeof miniFramework>) => void, locale = 'zh-CN') {
    const framework = miniFramework();
    mutate(framework);
    const response = await t
      .http()
      .put(`/api/frameworks/${created.id}`)
      .set(lead.auth)
      .set('Accept-Language', locale)
      .send({ framework, baseVersion: 1 });
    return { status: response.status, body: response.body as ErrorResponse };
  }

  it('refuses a weight of 99,999,999,999 under a 100-point indicator', async () => {
    const { status, body } = await save((f) => {
      f.indicators[0]!.children![1]!.weight = '99999999999';
    });
    expect(status).toBe(400);
    expect(body.code).toBe('FRAMEWORK_INVALID');
    expect(body.details).toContainEqual({
      field: 'framework.indicators[1.2].weight',
      code: 'limit.above_parent',
      message: '权重 99999999999 超过上级指标的权重 100',
    });
  });

  it('refuses a 560-character indicator name, in the caller’s language', async () => {
    const { status, body } = await save((f) => {
      f.indicators[0]!.children![0]!.name = '名'.repeat(560);
    }, 'en-US');
    expect(status).toBe(400);
    expect(body.details).toContainEqual({
      field: 'framework.indicators[1.1].name',
      code: 'limit.too_long',
      message: 'The indicator name must have at most 200 characters (it has 560)',
    });
  });

  it('refuses a grade bound of 200 on a 100-point system', async () => {
    const { status, body } = await save((f) => {
      f.gradeScale = {
        ...f.gradeScale,
        grades: [{ label: '优', minScore: '200' }, ...f.gradeScale.grades.slice(1)],
      };
    });
    expect(status).toBe(400);
    expect(body.details).toContainEqual({
      field: 'framework.gradeScale.grades[0].minScore',
      code: 'limit.above_total',
      message: '等级下限 200 超过总分 100',
    });
  });

  it('nothing of the refused saves became a version', async () => {
    const detail = (await t.http().get(`/api/frameworks/${created.id}`).set(lead.auth).expect(200))
      .body as FrameworkTemplateDetail;
    expect(detail.version).toBe(1);
  });

  it('an over-long copy name is a field error that states the limit', async () => {
    const response = await t
      .http()
      .post(`/api/frameworks/${created.id}/copy`)
      .set(lead.auth)
      .send({ name: '副'.repeat(201) });
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponse).details).toEqual([
      { field: 'name', code: 'maxLength', message: '不能超过 200 个字符' },
    ]);
  });
});
