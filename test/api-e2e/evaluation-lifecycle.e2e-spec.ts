import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ArchivePackageView,
  ArchiveVerification,
  DeliveryView,
  ErrorResponse,
  EvaluationDetail,
  FeedbackView,
  ReportView,
  ReviewView,
} from '@jixiao/contracts';
import { an, saveReportVersion, sendForFeedback, type BuiltOrganisation } from '../factories';
import { isolatedDatabase } from '../support/isolated-database';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { startTestWorker } from '../support/test-worker';
import { unzip } from '../support/unzip';
import { collectBytes } from '../support/collect-bytes';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function details(response: { body: unknown }): string[] {
  return ((response.body as ErrorResponse).details ?? []).map((detail) => `${detail.field} ${detail.code}`);
}

/**
 * One evaluation from commission to archive, every step through the API as the real users of the
 * three organisations (issue 11): the bureau commissions and acknowledges, the firm plans, scores,
 * answers the feedback, reviews at three levels with three distinct reviewers, issues and archives,
 * the unit enters figures and signs its feedback form. The archive package is built by the pg-boss job.
 */
describe('the whole lifecycle, commission to archive (issue 11)', () => {
  let t: TestApp;
  let database: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;
  let worker: INestApplicationContext | undefined;
  let runtime: RuntimeRole;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluation: EvaluationDetail;
  let officer: SignedIn;
  let lead: SignedIn;
  let liaison: SignedIn;
  let head: SignedIn;
  let firmAdmin: SignedIn;
  let archivist: SignedIn;
  let reviewers: SignedIn[];
  const opinions = { adopted: '', rejected: '' };

  const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
  const detail = async (who: SignedIn) =>
    (await t.http().get(api('')).set(who.auth).expect(200)).body as EvaluationDetail;
  const transition = async (who: SignedIn, event: string, comment?: string) =>
    t
      .http()
      .post(api('/transitions'))
      .set(who.auth)
      .send({ event, version: (await detail(who)).version, comment });
  const step = async (who: SignedIn, event: string, comment?: string) => {
    const response = await transition(who, event, comment);
    expect(response.status, `${event}: ${JSON.stringify(response.body)}`).toBe(200);
    evaluation = response.body as EvaluationDetail;
    return evaluation;
  };
  const feedback = async (who: SignedIn) =>
    (await t.http().get(api('/feedback')).set(who.auth).expect(200)).body as FeedbackView;
  const review = async (who: SignedIn) =>
    (await t.http().get(api('/review')).set(who.auth).expect(200)).body as ReviewView;
  const reviewer = (index: number): SignedIn => {
    const found = reviewers[index];
    if (!found) throw new Error(`no reviewer ${index}`);
    return found;
  };
  const download = (who: SignedIn) =>
    t.http().get(api('/archive/download')).set(who.auth).buffer(true).parse(collectBytes);

  beforeAll(async () => {
    // The suite runs a pg-boss worker: a database of its own, quick relay.
    database = await isolatedDatabase('jixiao_lifecycle');
    t = await startTestApp(
      { JOBS_RETRY_DELAY_SECONDS: '1', JOBS_RELAY_INTERVAL_SECONDS: '1' },
      { databaseUrl: database.url },
    );
    runtime = await connectRuntimeRole(t.databaseUrl);
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an
      .organisation('firm')
      .withUser('firm_admin')
      .withUser('team_lead')
      .withUser('evaluator')
      .withUser('reviewer', '项目经理甲')
      .withUser('reviewer', '技术负责人乙')
      .withUser('reviewer', '合伙人丙')
      .withUser('archivist')
      .build(t);
    unit = await an
      .organisation('unit')
      .under(bureau)
      .withUser('liaison')
      .withUser('head', '王主任')
      .build(t);
    liaison = await unit.signIn('liaison');
    head = await unit.signIn('head');
    firmAdmin = await firm.signIn('firm_admin');
    archivist = await firm.signIn('archivist');
    reviewers = [];
    for (const user of firm.users.filter((candidate) => candidate.roles.includes('reviewer')))
      reviewers.push(await signIn(t, user.email));
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await runtime?.client.end();
    await t?.close();
    await database?.drop();
  });

  it('the bureau commissions; the firm accepts, plans; the bureau approves the plan', async () => {
    ({ evaluation, officer, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t));
    expect(evaluation.status).toBe('fieldwork');
  }, 60_000);

  it('fieldwork: the unit enters the figures, the firm verifies and scores; the 交换意见稿 goes out', async () => {
    const sent = await sendForFeedback(t, evaluation, { lead, liaison });
    evaluation = sent.evaluation;
    expect(evaluation.status).toBe('feedback');
    expect(sent.sent.stage).toBe('for_feedback');
  }, 120_000);

  it('feedback: the unit gives two opinions and its head signs; the team adopts one and rejects one', async () => {
    const form = (await feedback(liaison)).form;
    await t
      .http()
      .put(api('/feedback/form'))
      .set(liaison.auth)
      .send({ unitContact: '古丽', unitPhone: '0994-2345678', noOpinion: false, version: form?.version })
      .expect(200);
    const add = async (anchor: string, text: string) =>
      (
        (await t.http().post(api('/feedback/opinions')).set(liaison.auth).send({ anchor, text }).expect(200))
          .body as FeedbackView
      ).opinions.find((opinion) => opinion.anchor === anchor)?.id ?? '';
    opinions.adopted = await add('slot:overview.functions', '部门主要职能表述不全，请补充社区治理职能');
    opinions.rejected = await add('indicator:1.1.1.2', '预算调整系上级追加资金所致，建议不予扣分');
    // Not signed yet: the team waits for the form.
    expect(details(await transition(lead, 'PRODUCE_FINAL'))).toEqual(['event evaluation.feedback_pending']);
    const signed = (
      await t
        .http()
        .post(api('/feedback/sign'))
        .set(head.auth)
        .send({ version: (await feedback(head)).form?.version })
        .expect(200)
    ).body as FeedbackView;
    expect(signed.form?.signedByName).toBe('王主任');
    expect((await feedback(lead)).counts).toEqual({ total: 2, answered: 0, unanswered: 2 });
    expect(details(await transition(lead, 'PRODUCE_FINAL'))).toEqual([
      'event evaluation.opinions_unanswered',
    ]);

    // The team revises the text the adopted opinion is about, and links the change to its answer.
    const report = (await t.http().get(api('/report')).set(lead.auth).expect(200)).body as ReportView;
    await t
      .http()
      .put(api('/report/draft'))
      .set(lead.auth)
      .send({
        narrative: {
          ...report.draft?.narrative,
          slots: {
            ...report.draft?.narrative.slots,
            'overview.functions': '中山路街道办事处承担社区治理、公共服务等职能。',
          },
        },
        version: report.draft?.version,
      })
      .expect(200);
    const change = (await feedback(lead)).changes.find(
      (entry) => entry.kind === 'text' && entry.place === '（一）部门主要职能',
    );
    expect(change).toBeDefined();
    await t
      .http()
      .put(api(`/feedback/opinions/${opinions.adopted}/answer`))
      .set(lead.auth)
      .send({ decision: 'adopted', reason: '已补充社区治理职能', changeKeys: [change?.key], version: 0 })
      .expect(200);
    const answered = (
      await t
        .http()
        .put(api(`/feedback/opinions/${opinions.rejected}/answer`))
        .set(lead.auth)
        .send({
          decision: 'rejected',
          reason: '追加资金未履行预算调整程序，按评分标准扣分',
          changeKeys: [],
          version: 0,
        })
        .expect(200)
    ).body as FeedbackView;
    expect(answered.counts).toEqual({ total: 2, answered: 2, unanswered: 0 });
    // The unit reads the answers.
    const seen = await feedback(liaison);
    expect(
      seen.opinions.map((opinion) => [opinion.id, opinion.answer?.decision, opinion.answer?.changes.length]),
    ).toEqual(
      expect.arrayContaining([
        [opinions.adopted, 'adopted', 1],
        [opinions.rejected, 'rejected', 0],
      ]),
    );
  });

  it('the team produces the 终稿 and submits it for review', async () => {
    await step(lead, 'PRODUCE_FINAL');
    expect(evaluation.status).toBe('final_draft');
    await saveReportVersion(t, evaluation, lead, 'final_draft');
    await step(lead, 'SUBMIT_FOR_REVIEW');
    expect(evaluation.status).toBe('review');
    const firmView = await review(reviewer(0));
    expect(firmView.internal?.currentRound).toBe(1);
    expect(firmView.progress).toEqual({ inReview: true, signed: 0, levels: 3 });
  });

  it('review round 1: two levels sign, the third returns the report; the unit sees only the progress', async () => {
    await step(reviewer(0), 'SIGN_REVIEW');
    await step(reviewer(1), 'SIGN_REVIEW');
    expect(await review(liaison)).toEqual({
      progress: { inReview: true, signed: 2, levels: 3 },
      internal: null,
    });
    await step(reviewer(2), 'RETURN_REVIEW', '结论部分表述需与评分一致');
    expect(evaluation.status).toBe('final_draft');
    const round = (await review(lead)).internal?.rounds.find((entry) => entry.round === 1);
    expect(round).toMatchObject({ outcome: 'returned', returnReason: '结论部分表述需与评分一致' });
    expect(round?.signOffs.map((signOff) => signOff.level)).toEqual([1, 2]);
  });

  it('review round 2 restarts at level 1; three distinct reviewers sign in order', async () => {
    await saveReportVersion(t, evaluation, lead, 'final_draft');
    await step(lead, 'SUBMIT_FOR_REVIEW');
    const restarted = await review(reviewer(0));
    expect(restarted.internal?.currentRound).toBe(2);
    expect(restarted.internal?.nextLevel).toBe(1);
    expect(restarted.progress).toEqual({ inReview: true, signed: 0, levels: 3 });
    for (const index of [0, 1, 2]) await step(reviewer(index), 'SIGN_REVIEW');
    const signedOff = (await review(lead)).internal?.rounds.find((entry) => entry.round === 2)?.signOffs;
    expect(signedOff?.map((signOff) => [signOff.level, signOff.signerName])).toEqual([
      [1, '项目经理甲'],
      [2, '技术负责人乙'],
      [3, '合伙人丙'],
    ]);
    expect(new Set(signedOff?.map((signOff) => signOff.signerUserId)).size).toBe(3);
    expect((await review(officer)).progress).toEqual({ inReview: true, signed: 3, levels: 3 });
  });

  it('the firm admin issues; the bureau acknowledges receipt', async () => {
    await step(firmAdmin, 'ISSUE');
    expect(evaluation.status).toBe('issued');
    const issued = (await t.http().get(api('/delivery')).set(liaison.auth).expect(200)).body as DeliveryView;
    expect(issued.issuedVersion?.stage).toBe('issued');
    expect(issued.issuedVersion?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    await step(officer, 'ACKNOWLEDGE');
    expect(evaluation.status).toBe('acknowledged');
  });

  it('the archivist archives; the job builds the package; the zip verifies against its manifest', async () => {
    await step(archivist, 'ARCHIVE');
    expect(evaluation.status).toBe('archived');
    worker = await startTestWorker(t);
    const deadline = Date.now() + 200_000;
    let view = (await t.http().get(api('/archive')).set(archivist.auth).expect(200))
      .body as ArchivePackageView;
    while (view.status !== 'ready' && view.status !== 'failed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      view = (await t.http().get(api('/archive')).set(archivist.auth).expect(200)).body as ArchivePackageView;
    }
    expect([view.status, view.failure]).toEqual(['ready', null]);

    const zip = (await download(archivist).expect(200)).body as Buffer;
    expect(sha256(zip)).toBe(view.sha256);
    const files = await unzip(zip);
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as {
      files: { path: string; sha256: string }[];
    };
    expect(manifest.files.length).toBeGreaterThan(10);
    for (const listed of manifest.files)
      expect(sha256(files.get(listed.path) ?? Buffer.alloc(0)), listed.path).toBe(listed.sha256);
    // Nothing in the zip that the manifest does not list.
    expect([...files.keys()].sort()).toEqual(
      ['manifest.json', ...manifest.files.map((file) => file.path)].sort(),
    );
    // 交换意见稿 v1, 终稿 v2 and v3, the issued report v4: each in Word and PDF.
    const reports = manifest.files.filter((file) => file.path.startsWith('07 报告各版本/'));
    expect(reports).toHaveLength(8);
    // The bureau's copy (sign-offs without the firm's review notes) is built by the same job, after the firm's.
    let bureauView = (await t.http().get(api('/archive')).set(officer.auth).expect(200))
      .body as ArchivePackageView;
    while (bureauView.status !== 'ready' && bureauView.status !== 'failed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      bureauView = (await t.http().get(api('/archive')).set(officer.auth).expect(200))
        .body as ArchivePackageView;
    }
    expect([bureauView.status, bureauView.audience]).toEqual(['ready', 'bureau']);
    const verification = (await t.http().post(api('/archive/verify')).set(officer.auth).expect(200))
      .body as ArchiveVerification;
    expect(verification).toMatchObject({ ok: true, zipHashMatches: true, problems: [] });
  }, 240_000);

  it('afterwards every write answers 409 EVALUATION_ARCHIVED, and the database refuses it too', async () => {
    const writes = [
      () => transition(lead, 'CANCEL', '归档后'),
      () =>
        t
          .http()
          .put(api(`/feedback/opinions/${opinions.rejected}/answer`))
          .set(lead.auth)
          .send({ decision: 'rejected', reason: '归档后', changeKeys: [], version: 1 }),
      () =>
        t
          .http()
          .post(api('/review/notes'))
          .set(reviewer(0).auth)
          .send({ anchor: 'section:conclusion', body: '归档后' }),
      () => t.http().post(api('/report/versions')).set(lead.auth).send({ stage: 'final_draft' }),
      () => t.http().put(api('/workbench/2.4.1')).set(lead.auth).send({ findings: '归档后', version: 1 }),
    ];
    for (const write of writes) {
      const response = await write();
      expect([response.status, (response.body as ErrorResponse).code]).toEqual([409, 'EVALUATION_ARCHIVED']);
    }
    await expect(
      runtime.query(
        { organisationId: firm.id },
        `UPDATE evaluation_feedback_answer SET reason = '改' WHERE evaluation_id = $1`,
        [evaluation.id],
      ),
    ).rejects.toThrow(/archived/);
  });

  it('the history lists every step in order, each by the organisation whose step it is', async () => {
    const history = (await detail(officer)).history;
    expect(history.map((entry) => [entry.event, entry.from, entry.to])).toEqual([
      ['COMMISSION', null, 'commissioned'],
      ['ACCEPT', 'commissioned', 'preparation.drafting'],
      ['SUBMIT_PLAN', 'preparation.drafting', 'preparation.submitted'],
      ['APPROVE_PLAN', 'preparation.submitted', 'fieldwork'],
      ['CLOSE_FIELDWORK', 'fieldwork', 'draft'],
      ['SEND_FOR_FEEDBACK', 'draft', 'feedback'],
      ['PRODUCE_FINAL', 'feedback', 'final_draft'],
      ['SUBMIT_FOR_REVIEW', 'final_draft', 'review'],
      ['SIGN_REVIEW', 'review', 'review'],
      ['SIGN_REVIEW', 'review', 'review'],
      ['RETURN_REVIEW', 'review', 'final_draft'],
      ['SUBMIT_FOR_REVIEW', 'final_draft', 'review'],
      ['SIGN_REVIEW', 'review', 'review'],
      ['SIGN_REVIEW', 'review', 'review'],
      ['SIGN_REVIEW', 'review', 'review'],
      ['ISSUE', 'review', 'issued'],
      ['ACKNOWLEDGE', 'issued', 'acknowledged'],
      ['ARCHIVE', 'acknowledged', 'archived'],
    ]);
    expect(history.map((entry) => entry.seq)).toEqual(
      [...history.map((entry) => entry.seq)].sort((a, b) => a - b),
    );
    const byEvent = (event: string) =>
      history.filter((entry) => entry.event === event).map((entry) => entry.actorOrganisationName);
    expect(byEvent('APPROVE_PLAN')).toEqual([bureau.name]);
    expect(byEvent('ACKNOWLEDGE')).toEqual([bureau.name]);
    expect(new Set(byEvent('SIGN_REVIEW'))).toEqual(new Set([firm.name]));
    expect(history.find((entry) => entry.event === 'ARCHIVE')?.actorName).toBe(
      firm.user('archivist').displayName,
    );
  });
});
