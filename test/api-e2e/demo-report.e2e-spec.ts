import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EvaluationDetail,
  EvaluationSummary,
  ReportDiff,
  ReportVersionDetail,
  ReportView,
  WorkbenchView,
} from '@jixiao/contracts';
import { canonicalJson, engineInputs, evaluate, reportGate, type ReportModel } from '@jixiao/domain';
import {
  DEMO_DRAFT_REPORT_TITLE,
  DEMO_FEEDBACK_REPORT_TITLE,
  DEMO_REPORT_SCORE_CHANGE,
} from '../../apps/api/src/demo/seed-demo-report';
import { seedDemoData } from '../../apps/api/src/demo/seed-demo-data';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';

/**
 * The demo data's report (issue 10): 宁边路 2023 in 初稿 with two versions that pass their own gate and
 * differ in text and one score; 中山路 2023 with its 交换意见稿 sent for feedback.
 */
describe('the demo report (seedDemoData, issue 10)', () => {
  let t: TestApp;
  let lead: SignedIn;
  let liaison: SignedIn;

  const find = async (who: SignedIn, title: string): Promise<EvaluationDetail> => {
    const page = (await t.http().get('/api/evaluations?pageSize=100').set(who.auth).expect(200)).body as {
      items: EvaluationSummary[];
    };
    const item = page.items.find((entry) => entry.title === title);
    if (!item) throw new Error(`demo evaluation ${title} missing`);
    return (await t.http().get(`/api/evaluations/${item.id}`).set(who.auth).expect(200))
      .body as EvaluationDetail;
  };
  const get = async <T>(who: SignedIn, path: string): Promise<T> =>
    (await t.http().get(path).set(who.auth).expect(200)).body as T;
  const hashOf = (model: ReportModel) =>
    createHash('sha256').update(canonicalJson(model), 'utf8').digest('hex');

  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t, 'lead@firm.demo');
    liaison = await signIn(t, 'liaison@nbl.demo');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('seeds once: a second run creates nothing', async () => {
    expect(await seedDemoData(t.databaseUrl)).toEqual({ created: false });
  });

  it('宁边路 2023 is in draft with two 初稿 versions that pass their own gate and differ in text and one score', async () => {
    const evaluation = await find(lead, DEMO_DRAFT_REPORT_TITLE);
    expect(evaluation.status).toBe('draft');
    const base = `/api/evaluations/${evaluation.id}`;
    const view = await get<ReportView>(lead, `${base}/report`);
    expect(view.versions.map((version) => [version.seq, version.stage])).toEqual([
      [2, 'draft'],
      [1, 'draft'],
    ]);
    expect(view.problems.filter((problem) => problem.severity === 'blocking')).toEqual([]);
    // The one override departing from its rule is listed, not hidden.
    expect(view.problems.map((problem) => problem.code)).toContain('report.gate.override_departs');

    const [v2Summary, v1Summary] = view.versions;
    if (!v1Summary || !v2Summary) throw new Error('versions missing');
    const v1 = await get<ReportVersionDetail>(lead, `${base}/report/versions/${v1Summary.id}`);
    const v2 = await get<ReportVersionDetail>(lead, `${base}/report/versions/${v2Summary.id}`);
    expect(hashOf(v1.model)).toBe(v1.contentHash);
    expect(hashOf(v2.model)).toBe(v2.contentHash);

    // Each version against the scores recomputed from the stored inputs as they were when it was saved:
    // now (v2), and with the changed judgement set back (v1).
    const workbench = await get<WorkbenchView>(lead, `${base}/workbench`);
    const inputs = engineInputs(workbench.rows);
    const now = evaluate(workbench.framework, workbench.figures, inputs.observations, inputs.overrides);
    // Fieldwork is really finished: nothing unscored, the stored result current and equal to the recomputed one.
    expect(workbench.unscored).toEqual([]);
    expect(workbench.stored?.stale).toEqual([]);
    expect(workbench.stored?.result.total).toBe(now.total);
    const changed = inputs.overrides[DEMO_REPORT_SCORE_CHANGE.indicatorId];
    if (!changed) throw new Error('the changed judgement is not an override');
    expect(changed.score).toBe(DEMO_REPORT_SCORE_CHANGE.after);
    const then = evaluate(workbench.framework, workbench.figures, inputs.observations, {
      ...inputs.overrides,
      [DEMO_REPORT_SCORE_CHANGE.indicatorId]: { ...changed, score: DEMO_REPORT_SCORE_CHANGE.before },
    });
    const blocking = (model: ReportModel, result: typeof now) =>
      reportGate(model, result).filter((problem) => problem.severity === 'blocking');
    expect(blocking(v2.model, now)).toEqual([]);
    expect(blocking(v1.model, then)).toEqual([]);
    expect(blocking(v1.model, now).map((problem) => problem.code)).toContain('report.gate.score_differs');
    expect(v2.total).toBe(now.total);
    expect(v1.total).toBe(then.total);
    expect(v1.total).not.toBe(v2.total);

    // Every section of the narrative quotes live data, none types a figure (附件1 names an appendix).
    for (const [slot, text] of Object.entries(v2.model.narrative.slots)) {
      if (slot === 'analysis' || slot === 'problems') continue;
      expect(text, slot).toMatch(/\{\{[\w.-]+\}\}/);
      expect(text.replace(/\{\{[\w.-]+\}\}/g, ''), slot).not.toMatch(/(?<!附件)\d/);
    }

    const diff = await get<ReportDiff>(lead, `${base}/report/diff?from=${v1Summary.id}&to=${v2Summary.id}`);
    const score = diff.scores.find((entry) => entry.id === DEMO_REPORT_SCORE_CHANGE.indicatorId);
    expect(score).toMatchObject({
      before: DEMO_REPORT_SCORE_CHANGE.before,
      after: DEMO_REPORT_SCORE_CHANGE.after,
    });
    expect(diff.text.length).toBeGreaterThan(0);

    // 初稿 stays inside the firm.
    expect((await get<ReportView>(liaison, `${base}/report`)).versions).toEqual([]);
  });

  it('中山路 2023 is in feedback with its 交换意见稿 visible to the unit', async () => {
    const zhongshanLiaison = await signIn(t, 'liaison@zsl.demo');
    const evaluation = await find(zhongshanLiaison, DEMO_FEEDBACK_REPORT_TITLE);
    expect(evaluation.status).toBe('feedback');
    const view = await get<ReportView>(zhongshanLiaison, `/api/evaluations/${evaluation.id}/report`);
    expect(view.versions.map((version) => version.stage)).toEqual(['for_feedback']);
    const leadView = await get<ReportView>(lead, `/api/evaluations/${evaluation.id}/report`);
    expect(leadView.problems.filter((problem) => problem.severity === 'blocking')).toEqual([]);
  });
});
