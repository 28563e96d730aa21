import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ArchivePackageView,
  ArchiveVerification,
  EvaluationDetail,
  EvaluationSummary,
  FeedbackView,
  ReportVersionDetail,
  ReportView,
  ReviewView,
  TodoItem,
  WorkbenchView,
} from '@jixiao/contracts';
import { canonicalJson, engineInputs, evaluate, reportGate, type ReportModel } from '@jixiao/domain';
import { DEMO_FEEDBACK_REPORT_TITLE } from '../../apps/api/src/demo/seed-demo-report';
import {
  DEMO_ARCHIVED_TITLE,
  DEMO_ISSUED_TITLE,
  DEMO_REVIEW_TITLE,
} from '../../apps/api/src/demo/seed-demo-lifecycle';
import { isolatedDatabase } from '../support/isolated-database';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { startTestWorker } from '../support/test-worker';
import { unzip } from '../support/unzip';
import { collectBytes } from '../support/collect-bytes';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const hashOf = (model: ReportModel) => sha256(Buffer.from(canonicalJson(model), 'utf8'));

/**
 * The demo data for the whole lifecycle (issue 11 "Done means"): each later phase has an evaluation a
 * newcomer can open, in the claimed state, with versions that pass their gate and hashes that match,
 * and the archived one's package — queued by the seed as the ARCHIVE hook queues it — is built by the
 * job, downloaded and verified. On a database of its own: the suite starts a worker.
 */
describe('the demo lifecycle (seedDemoData, issue 11)', () => {
  let t: TestApp;
  let database: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;
  let worker: INestApplicationContext | undefined;
  const sessions = new Map<string, SignedIn>();

  const as = async (email: string): Promise<SignedIn> => {
    const known = sessions.get(email);
    if (known) return known;
    const session = await signIn(t, email);
    sessions.set(email, session);
    return session;
  };
  const get = async <T>(email: string, path: string): Promise<T> =>
    (
      await t
        .http()
        .get(path)
        .set((await as(email)).auth)
        .expect(200)
    ).body as T;
  const find = async (email: string, title: string): Promise<EvaluationDetail> => {
    const page = await get<{ items: EvaluationSummary[] }>(email, '/api/evaluations?pageSize=100');
    const item = page.items.find((entry) => entry.title === title);
    if (!item) throw new Error(`demo evaluation ${title} missing for ${email}`);
    return get<EvaluationDetail>(email, `/api/evaluations/${item.id}`);
  };
  const todo = async (email: string, evaluationId: string): Promise<string[]> =>
    (await get<TodoItem[]>(email, '/api/evaluations/todo'))
      .filter((item) => item.evaluationId === evaluationId)
      .map((item) => item.action);
  const transition = async (email: string, evaluationId: string, event: string) => {
    const detail = await get<EvaluationDetail>(email, `/api/evaluations/${evaluationId}`);
    return t
      .http()
      .post(`/api/evaluations/${evaluationId}/transitions`)
      .set((await as(email)).auth)
      .send({ event, version: detail.version });
  };
  /** The scores recomputed from the stored inputs (the workbench), as the gate compares them. */
  const recomputed = async (evaluationId: string) => {
    const workbench = await get<WorkbenchView>(
      'lead@firm.demo',
      `/api/evaluations/${evaluationId}/workbench`,
    );
    const inputs = engineInputs(workbench.rows);
    return evaluate(workbench.framework, workbench.figures, inputs.observations, inputs.overrides);
  };
  const versions = async (evaluationId: string): Promise<ReportVersionDetail[]> => {
    const base = `/api/evaluations/${evaluationId}/report`;
    const view = await get<ReportView>('lead@firm.demo', base);
    return Promise.all(
      [...view.versions]
        .sort((a, b) => a.seq - b.seq)
        .map((version) => get<ReportVersionDetail>('lead@firm.demo', `${base}/versions/${version.id}`)),
    );
  };
  /** The versions from the 终稿 on pass the gate against today's scores; every hash is its model's. */
  const expectVersionsSound = async (evaluationId: string, stages: string[]) => {
    const all = await versions(evaluationId);
    expect(all.map((version) => version.stage)).toEqual(stages);
    const now = await recomputed(evaluationId);
    for (const version of all) {
      expect(hashOf(version.model), `v${version.seq}`).toBe(version.contentHash);
      if (version.stage !== 'final_draft' && version.stage !== 'issued') continue;
      expect(reportGate(version.model, now).filter((problem) => problem.severity === 'blocking')).toEqual([]);
      expect(version.total).toBe(now.total);
    }
    return all;
  };

  beforeAll(async () => {
    database = await isolatedDatabase('jixiao_demo_lifecycle');
    t = await startTestApp(
      { JOBS_RETRY_DELAY_SECONDS: '1', JOBS_RELAY_INTERVAL_SECONDS: '1' },
      { databaseUrl: database.url, demoArchivePackages: true },
    );
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await database?.drop();
  });

  it('中山路 2023 (feedback): the unit filled its form with one opinion; the head has 签署征求意见表 to do', async () => {
    const evaluation = await find('head@zsl.demo', DEMO_FEEDBACK_REPORT_TITLE);
    expect(evaluation.status).toBe('feedback');
    const feedback = await get<FeedbackView>('head@zsl.demo', `/api/evaluations/${evaluation.id}/feedback`);
    expect(feedback.status).toBe('filling');
    expect(feedback.form).toMatchObject({ unitContact: '古丽', signedAt: null, noOpinion: false });
    expect(feedback.opinions.map((opinion) => [opinion.author, opinion.anchor, opinion.answer])).toEqual([
      ['unit', 'indicator:1.2.2', null],
    ]);
    expect(feedback.can.sign).toBe(true);
    expect(await todo('head@zsl.demo', evaluation.id)).toEqual(['sign_feedback']);
    // The form belongs to the 交换意见稿 the firm sent.
    const [sent] = (await versions(evaluation.id)).filter((version) => version.stage === 'for_feedback');
    expect(feedback.form?.reportVersionId).toBe(sent?.id);
  });

  it('宁边路 2022 (review): level 1 signed by manager@, a level-2 note open; reviewer@ signs once it is resolved', async () => {
    const evaluation = await find('reviewer@firm.demo', DEMO_REVIEW_TITLE);
    expect(evaluation.status).toBe('review');
    const all = await expectVersionsSound(evaluation.id, ['draft', 'for_feedback', 'final_draft']);
    const review = await get<ReviewView>('reviewer@firm.demo', `/api/evaluations/${evaluation.id}/review`);
    expect(review.progress).toEqual({ inReview: true, signed: 1, levels: 3 });
    const [round] = review.internal?.rounds ?? [];
    expect(
      round?.signOffs.map((signOff) => [signOff.level, signOff.signerName, signOff.contentHash]),
    ).toEqual([[1, '钱坤', all[2]?.contentHash]]);
    const notes = review.internal?.notes ?? [];
    expect(notes.map((note) => [note.level, note.status, note.authorName])).toEqual([[2, 'open', '孙浩']]);
    expect(review.internal?.signRefusal?.code).toBe('evaluation.review_notes_open');
    expect(review.internal?.canWriteNotes).toBe(true);
    expect(await todo('reviewer@firm.demo', evaluation.id)).toEqual([]);
    // The unit sees that review is in progress, never the notes.
    const unitView = await get<ReviewView>('liaison@nbl.demo', `/api/evaluations/${evaluation.id}/review`);
    expect(unitView).toEqual({ progress: { inReview: true, signed: 1, levels: 3 }, internal: null });

    const [note] = notes;
    if (!note) throw new Error('no note');
    await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/review/notes/${note.id}/resolve`)
      .set((await as('reviewer@firm.demo')).auth)
      .send({ resolution: '已核对工作底稿补充的批复文件清单。', version: note.version })
      .expect(200);
    expect(await todo('reviewer@firm.demo', evaluation.id)).toEqual(['SIGN_REVIEW']);
    expect(await todo('manager@firm.demo', evaluation.id)).toEqual([]);
    expect((await transition('manager@firm.demo', evaluation.id, 'SIGN_REVIEW')).status).toBe(409);
    expect((await transition('reviewer@firm.demo', evaluation.id, 'SIGN_REVIEW')).status).toBe(200);
    const after = await get<ReviewView>('partner@firm.demo', `/api/evaluations/${evaluation.id}/review`);
    expect(after.progress.signed).toBe(2);
  });

  it('中山路 2022 (issued): three sign-offs of the 终稿, the issued version with its hash; 验收 waits for officer@', async () => {
    const evaluation = await find('officer@czj.demo', DEMO_ISSUED_TITLE);
    expect(evaluation.status).toBe('issued');
    const all = await expectVersionsSound(evaluation.id, ['draft', 'for_feedback', 'final_draft', 'issued']);
    const [final, issued] = all.slice(2);
    expect(issued?.model.scores).toEqual(final?.model.scores);
    expect(issued?.model.options.versionLabel).toBe('');
    const review = await get<ReviewView>('lead@firm.demo', `/api/evaluations/${evaluation.id}/review`);
    const [round] = review.internal?.rounds ?? [];
    expect(round?.outcome).toBe('issued');
    expect(round?.signOffs.map((signOff) => [signOff.signerName, signOff.reportVersionId])).toEqual([
      ['钱坤', final?.id],
      ['孙浩', final?.id],
      ['郑明远', final?.id],
    ]);
    expect(await todo('officer@czj.demo', evaluation.id)).toContain('ACKNOWLEDGE');
    expect(evaluation.availableEvents).toEqual(expect.arrayContaining(['ACKNOWLEDGE', 'RETURN_ISSUED']));
  });

  it('宁边路 2021 (archived): the whole trail; its package is built by the job, downloads and verifies', async () => {
    const evaluation = await find('archivist@firm.demo', DEMO_ARCHIVED_TITLE);
    expect(evaluation.status).toBe('archived');
    expect(evaluation.history.map((entry) => entry.event)).toEqual([
      'COMMISSION',
      'ACCEPT',
      'SUBMIT_PLAN',
      'APPROVE_PLAN',
      'CLOSE_FIELDWORK',
      'SEND_FOR_FEEDBACK',
      'PRODUCE_FINAL',
      'SUBMIT_FOR_REVIEW',
      'SIGN_REVIEW',
      'SIGN_REVIEW',
      'SIGN_REVIEW',
      'ISSUE',
      'ACKNOWLEDGE',
      'ARCHIVE',
    ]);
    // History is dated in the past, oldest first.
    const dates = evaluation.history.map((entry) => entry.at);
    expect([...dates].sort()).toEqual(dates);
    await expectVersionsSound(evaluation.id, ['draft', 'for_feedback', 'final_draft', 'issued']);
    const feedback = await get<FeedbackView>(
      'officer@czj.demo',
      `/api/evaluations/${evaluation.id}/feedback`,
    );
    expect(feedback.status).toBe('signed');
    expect(feedback.form?.signedByName).toBe('阿不都');
    expect(feedback.opinions.map((opinion) => opinion.answer?.decision)).toEqual(['adopted', 'rejected']);
    expect(feedback.opinions[0]?.answer?.changes.map((change) => change.key)).toContain('score:4.2.1');

    const api = `/api/evaluations/${evaluation.id}/archive`;
    expect((await get<ArchivePackageView>('archivist@firm.demo', api)).status).toBe('queued');
    worker = await startTestWorker(t);
    let view = await get<ArchivePackageView>('archivist@firm.demo', api);
    for (let waited = 0; view.status !== 'ready' && view.status !== 'failed' && waited < 150; waited += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      view = await get<ArchivePackageView>('archivist@firm.demo', api);
    }
    expect(view.failure).toBeNull();
    expect(view.status).toBe('ready');

    const response = await t
      .http()
      .get(`${api}/download`)
      .set((await as('archivist@firm.demo')).auth)
      .buffer(true)
      .parse(collectBytes)
      .expect(200);
    const zip = response.body as Buffer;
    expect(sha256(zip)).toBe(view.sha256);
    const files = await unzip(zip);
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as {
      files: { path: string; sha256: string }[];
    };
    expect(manifest.files.length).toBeGreaterThan(10);
    for (const listed of manifest.files)
      expect(sha256(files.get(listed.path) ?? ''), listed.path).toBe(listed.sha256);
    // Every report version (Word and PDF) is in the engagement file.
    expect(manifest.files.filter((file) => file.path.startsWith('07 报告各版本/'))).toHaveLength(8);

    // The bureau's copy (without the firm's review notes) is built by the same job, after the firm's.
    let bureauView = await get<ArchivePackageView>('officer@czj.demo', api);
    for (let waited = 0; bureauView.status !== 'ready' && waited < 150; waited += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      bureauView = await get<ArchivePackageView>('officer@czj.demo', api);
    }
    expect(bureauView).toMatchObject({ status: 'ready', audience: 'bureau' });
    const verification = (
      await t
        .http()
        .post(`${api}/verify`)
        .set((await as('officer@czj.demo')).auth)
        .expect(200)
    ).body as ArchiveVerification;
    expect(verification).toMatchObject({ ok: true, zipHashMatches: true, problems: [] });
  }, 240_000);
});
