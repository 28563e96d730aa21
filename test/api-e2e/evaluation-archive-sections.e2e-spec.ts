import { createHash } from 'node:crypto';
import { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ArchivePackageView,
  ArchiveVerification,
  DeliveryView,
  EvaluationDetail,
  FeedbackView,
  ReportView,
  ReviewView,
} from '@jixiao/contracts';
import { an, send, sendForFeedback, type BuiltOrganisation, type BuiltUser } from '../factories';
import { isolatedDatabase } from '../support/isolated-database';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { startTestWorker } from '../support/test-worker';
import { unzip } from '../support/unzip';
import { collectBytes } from '../support/collect-bytes';

const STAMPED_FORM = Buffer.from('%PDF-1.4\n% 征求意见反馈表（盖章）\ntrailer <<>>\n%%EOF\n', 'utf8');
const SEALED_REPORT = Buffer.from('%PDF-1.4\n% 正式报告（盖章版）\ntrailer <<>>\n%%EOF\n', 'utf8');
const NOTE_BODY = '第四部分缺少对 2.1.1 扣分依据的底稿索引';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Unpacks a package and checks every file the manifest lists against its hash and size. */
async function unpackVerified(zip: Buffer): Promise<Map<string, Buffer>> {
  const files = await unzip(zip);
  const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as {
    files: { path: string; sha256: string; size: number }[];
  };
  for (const listed of manifest.files) {
    const bytes = files.get(listed.path);
    expect(bytes, listed.path).toBeDefined();
    expect(sha256(bytes ?? Buffer.alloc(0)), listed.path).toBe(listed.sha256);
    expect(bytes?.length, listed.path).toBe(listed.size);
  }
  expect([...files.keys()].sort()).toEqual(
    ['manifest.json', ...manifest.files.map((file) => file.path)].sort(),
  );
  return files;
}

/** The rows of a one-sheet workbook below its header, each cell as text. */
async function sheetRows(bytes: Buffer | undefined): Promise<string[][]> {
  if (!bytes) throw new Error('no workbook');
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]?.eachRow((row, index) => {
    if (index === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((value) => (value === null || value === undefined ? '' : String(value))));
  });
  return rows;
}

/**
 * The archive package's sections 08–10 (issue 11), on an evaluation taken from commission to archive
 * through the real API: a feedback round with one adopted and one rejected opinion and the head's
 * stamped form, a three-level review by three distinct reviewers (with a note raised and resolved), the
 * issue with the sealed scan, acknowledgement, ARCHIVE, then the two packages (the firm's and the bureau's).
 */
describe('archive package sections 08 征求意见, 09 三级复核, 10 出具与验收 (issue 11)', () => {
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let worker: Awaited<ReturnType<typeof startTestWorker>> | undefined;
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
  let reviewers: { user: BuiltUser; session: SignedIn }[];
  let finalHash: string;
  let firmZip: Buffer;
  let bureauZip: Buffer;

  const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
  const fresh = async (who: SignedIn) =>
    (await t.http().get(api('')).set(who.auth).expect(200)).body as EvaluationDetail;
  const feedback = async (who: SignedIn) =>
    (await t.http().get(api('/feedback')).set(who.auth).expect(200)).body as FeedbackView;
  const archiveView = async (who: SignedIn) =>
    (await t.http().get(api('/archive')).set(who.auth).expect(200)).body as ArchivePackageView;
  const reviewer = (index: number) => {
    const found = reviewers[index];
    if (!found) throw new Error(`no reviewer ${index}`);
    return found;
  };
  const download = (who: SignedIn) =>
    t.http().get(api('/archive/download')).set(who.auth).buffer(true).parse(collectBytes);

  /** The unit fills and its head signs (with the stamped scan); the team answers: one adopted, one rejected. */
  async function feedbackRound(): Promise<void> {
    let form = (await feedback(liaison)).form;
    form = (
      (
        await t
          .http()
          .put(api('/feedback/form'))
          .set(liaison.auth)
          .send({ unitContact: '古丽', unitPhone: '0994-2345678', noOpinion: false, version: form?.version })
          .expect(200)
      ).body as FeedbackView
    ).form;
    await t
      .http()
      .post(api('/feedback/opinions'))
      .set(liaison.auth)
      .send({ anchor: 'slot:overview.functions', text: '请补充社区治理职能的表述' })
      .expect(200);
    await t
      .http()
      .post(api('/feedback/opinions'))
      .set(liaison.auth)
      .send({ anchor: 'indicator:2.1.1', text: '2.1.1 扣分过重，请复核' })
      .expect(200);
    const scan = await t
      .http()
      .post(api('/files?purpose=feedback_form'))
      .set(head.auth)
      .attach('file', STAMPED_FORM, { filename: '征求意见表（盖章）.pdf', contentType: 'application/pdf' })
      .expect(201);
    await t
      .http()
      .post(api('/feedback/sign'))
      .set(head.auth)
      .send({ version: form?.version, scanFileId: (scan.body as { id: string }).id })
      .expect(200);

    const report = (await t.http().get(api('/report')).set(lead.auth).expect(200)).body as ReportView;
    const narrative = {
      ...report.draft?.narrative,
      slots: {
        ...report.draft?.narrative.slots,
        'overview.functions': '中山路街道办事处承担社区治理、公共服务等职能。',
      },
    };
    await t
      .http()
      .put(api('/report/draft'))
      .set(lead.auth)
      .send({ narrative, version: report.draft?.version ?? 0 })
      .expect(200);
    const seen = await feedback(lead);
    const change = seen.changes.find(
      (entry) => entry.kind === 'text' && entry.place === '（一）部门主要职能',
    );
    expect(change).toBeDefined();
    const [section, indicator] = seen.opinions;
    await t
      .http()
      .put(api(`/feedback/opinions/${section?.id}/answer`))
      .set(lead.auth)
      .send({ decision: 'adopted', reason: '已补充社区治理职能', changeKeys: [change?.key], version: 0 })
      .expect(200);
    await t
      .http()
      .put(api(`/feedback/opinions/${indicator?.id}/answer`))
      .set(lead.auth)
      .send({ decision: 'rejected', reason: '扣分依据充分，见工作底稿', changeKeys: [], version: 0 })
      .expect(200);
  }

  /** 终稿, then three distinct reviewers sign levels 1–3; level 1 raises a note and resolves it first. */
  async function review(): Promise<void> {
    evaluation = await send(t, lead, await fresh(lead), 'PRODUCE_FINAL');
    const final = await t.http().post(api('/report/versions')).set(lead.auth).send({ stage: 'final_draft' });
    expect(final.status, JSON.stringify(final.body)).toBe(201);
    finalHash = (final.body as { contentHash: string }).contentHash;
    evaluation = await send(t, lead, await fresh(lead), 'SUBMIT_FOR_REVIEW');
    const noted = (
      await t
        .http()
        .post(api('/review/notes'))
        .set(reviewer(0).session.auth)
        .send({ anchor: 'indicator:2.1.1', body: NOTE_BODY })
        .expect(201)
    ).body as ReviewView;
    const note = noted.internal?.notes[0];
    await t
      .http()
      .post(api(`/review/notes/${note?.id}/resolve`))
      .set(reviewer(0).session.auth)
      .send({ version: note?.version, resolution: '已补充底稿索引' })
      .expect(200);
    for (const index of [0, 1, 2])
      evaluation = await send(
        t,
        reviewer(index).session,
        await fresh(reviewer(index).session),
        'SIGN_REVIEW',
      );
  }

  beforeAll(async () => {
    database = await isolatedDatabase('jixiao_archive_sections');
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
      .withUser('team_lead')
      .withUser('evaluator')
      .withUser('firm_admin')
      .withUser('archivist')
      .withUser('reviewer', '复核人甲')
      .withUser('reviewer', '复核人乙')
      .withUser('reviewer', '复核人丙')
      .build(t);
    unit = await an
      .organisation('unit')
      .under(bureau)
      .withUser('liaison')
      .withUser('head', '王主任')
      .build(t);
    ({ evaluation, officer, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t));
    liaison = await unit.signIn('liaison');
    head = await unit.signIn('head');
    firmAdmin = await firm.signIn('firm_admin');
    archivist = await firm.signIn('archivist');
    reviewers = [];
    for (const user of firm.users.filter((candidate) => candidate.roles.includes('reviewer')))
      reviewers.push({ user, session: await signIn(t, user.email) });

    ({ evaluation } = await sendForFeedback(t, evaluation, { lead, liaison }));
    await feedbackRound();
    await review();
    evaluation = await send(t, firmAdmin, await fresh(firmAdmin), 'ISSUE');
    await t
      .http()
      .post(api('/files?purpose=issued_report'))
      .set(firmAdmin.auth)
      .attach('file', SEALED_REPORT, { filename: '正式报告（盖章版）.pdf', contentType: 'application/pdf' })
      .expect(201);
    evaluation = await send(t, officer, await fresh(officer), 'ACKNOWLEDGE');
    evaluation = await send(t, archivist, await fresh(archivist), 'ARCHIVE');
    expect(evaluation.status).toBe('archived');

    worker = await startTestWorker(t);
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      const [mine, theirs] = [await archiveView(archivist), await archiveView(officer)];
      if (mine.status === 'ready' && theirs.status === 'ready') break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }, 420_000);

  afterAll(async () => {
    await worker?.close();
    await runtime?.client.end();
    await t?.close();
    await database?.drop();
  });

  it('builds two packages: the firm’s engagement file and the bureau’s copy, each ready and verified', async () => {
    const mine = await archiveView(archivist);
    const theirs = await archiveView(officer);
    expect([mine.status, mine.audience, theirs.status, theirs.audience]).toEqual([
      'ready',
      'firm',
      'ready',
      'bureau',
    ]);
    expect(mine.sha256).not.toBe(theirs.sha256);
    expect(theirs.fileName).toContain('归档包（委托方）.zip');
    firmZip = (await download(archivist).expect(200)).body as Buffer;
    bureauZip = (await download(officer).expect(200)).body as Buffer;
    expect(sha256(firmZip)).toBe(mine.sha256);
    expect(sha256(bureauZip)).toBe(theirs.sha256);
    for (const who of [archivist, officer]) {
      const verification = (await t.http().post(api('/archive/verify')).set(who.auth).expect(200))
        .body as ArchiveVerification;
      expect(verification).toMatchObject({ ok: true, zipHashMatches: true, problems: [] });
    }
    // The bureau reads only its copy, by SQL too; the unit reads neither.
    const asBureau = await runtime.query<{ audience: string }>(
      { organisationId: bureau.id },
      `SELECT audience FROM evaluation_archive_package WHERE evaluation_id = $1`,
      [evaluation.id],
    );
    expect(asBureau.map((row) => row.audience)).toEqual(['bureau']);
    const asFirm = await runtime.query<{ audience: string }>(
      { organisationId: firm.id },
      `SELECT audience FROM evaluation_archive_package WHERE evaluation_id = $1 ORDER BY audience`,
      [evaluation.id],
    );
    expect(asFirm.map((row) => row.audience)).toEqual(['bureau', 'firm']);
    await t.http().get(api('/archive')).set(liaison.auth).expect(404);
  });

  it('08 征求意见: the signed form, both opinions with their answers and linked change, the stamped scan', async () => {
    const files = await unpackVerified(firmZip);
    expect(files.get('08 征求意见/盖章反馈表-征求意见表（盖章）.pdf')?.equals(STAMPED_FORM)).toBe(true);
    const form = new Map(
      (await sheetRows(files.get('08 征求意见/征求意见反馈表.xlsx'))).map(([k, v]) => [k, v]),
    );
    expect(form.get('评价项目名称')).toBe(evaluation.title);
    expect(form.get('被评价单位联系人')).toBe('古丽');
    expect(form.get('反馈意见')).toContain('2 条');
    expect(form.get('单位负责人签署')).toContain('王主任');
    const opinions = await sheetRows(files.get('08 征求意见/意见及采纳情况.xlsx'));
    expect(opinions.map((row) => [row[1], row[4], row[5], row[6], row[7]])).toEqual([
      [
        '被评价单位',
        expect.stringContaining('（一）部门主要职能'),
        '请补充社区治理职能的表述',
        '采纳',
        '已补充社区治理职能',
      ],
      [
        '被评价单位',
        expect.stringContaining('2.1.1'),
        '2.1.1 扣分过重，请复核',
        '不予采纳',
        '扣分依据充分，见工作底稿',
      ],
    ]);
    expect(opinions[0]?.[8]).toContain('（一）部门主要职能');
    expect(opinions[1]?.[8]).toBe('');
    expect(opinions.every((row) => row[9] === firm.user('team_lead').displayName)).toBe(true);
  });

  it('09 三级复核: three sign-offs by three people on the 终稿’s hash; the notes in the firm’s package only', async () => {
    const firmFiles = await unpackVerified(firmZip);
    const bureauFiles = await unpackVerified(bureauZip);
    const signoffs = await sheetRows(firmFiles.get('09 三级复核/复核签署记录.xlsx'));
    expect(signoffs.map((row) => row[1])).toEqual([
      '第1级 项目经理',
      '第2级 部门（技术）负责人',
      '第3级 合伙人（质量控制）',
    ]);
    expect(new Set(signoffs.map((row) => row[2]))).toEqual(new Set(['复核人甲', '复核人乙', '复核人丙']));
    expect(signoffs.every((row) => row[5] === finalHash)).toBe(true);
    const rounds = await sheetRows(firmFiles.get('09 三级复核/复核轮次.xlsx'));
    expect(rounds.map((row) => [row[0], row[5]])).toEqual([['1', '通过并出具']]);
    const notes = await sheetRows(firmFiles.get('09 三级复核/复核意见.xlsx'));
    expect(notes.map((row) => [row[2], row[3], row[6], row[9]])).toEqual([
      ['指标 2.1.1', NOTE_BODY, '已解决', '已补充底稿索引'],
    ]);

    // The bureau's copy: the same sign-offs and rounds (same bytes), a notice instead of the notes.
    const bureauPaths = [...bureauFiles.keys()].filter((path) => path.startsWith('09 三级复核/')).sort();
    expect(bureauPaths).toEqual([
      '09 三级复核/复核意见说明.txt',
      '09 三级复核/复核签署记录.xlsx',
      '09 三级复核/复核轮次.xlsx',
    ]);
    // (Workbooks are compared by content: exceljs stamps its zip entries with the time of writing.)
    expect(await sheetRows(bureauFiles.get('09 三级复核/复核签署记录.xlsx'))).toEqual(signoffs);
    expect(await sheetRows(bureauFiles.get('09 三级复核/复核轮次.xlsx'))).toEqual(rounds);
    expect(bureauFiles.get('09 三级复核/复核意见说明.txt')?.toString('utf8')).toContain('不纳入本副本');
    // Nothing else differs: every other file of the bureau's copy is the firm's.
    for (const [path, bytes] of bureauFiles) {
      if (path.startsWith('09 三级复核/') || path === 'manifest.json' || path === '索引.xlsx') continue;
      if (path.endsWith('.xlsx'))
        expect(await sheetRows(bytes), path).toEqual(await sheetRows(firmFiles.get(path)));
      else expect(firmFiles.get(path)?.equals(bytes), path).toBe(true);
    }
    expect([...bureauFiles.keys()].filter((path) => !path.startsWith('09 ')).sort()).toEqual(
      [...firmFiles.keys()].filter((path) => !path.startsWith('09 ')).sort(),
    );
    const bureauView = await archiveView(officer);
    expect(bureauView.entries.some((entry) => entry.path.includes('复核意见.xlsx'))).toBe(false);
  });

  it('10 出具与验收: the issued version’s recorded hash, the sealed scan and the delivery dates', async () => {
    const files = await unpackVerified(firmZip);
    const delivery = (await t.http().get(api('/delivery')).set(officer.auth).expect(200))
      .body as DeliveryView;
    expect(files.get('10 出具与验收/盖章版-1-正式报告（盖章版）.pdf')?.equals(SEALED_REPORT)).toBe(true);
    const issued = await sheetRows(files.get('10 出具与验收/出具版本.xlsx'));
    expect(issued).toHaveLength(1);
    expect(issued[0]?.[4]).toBe(delivery.issuedVersion?.contentHash);
    expect(issued[0]?.[0]).toBe(String(delivery.issuedVersion?.seq));
    const dates = new Map(
      (await sheetRows(files.get('10 出具与验收/交付日期.xlsx'))).map(([k, v]) => [k, v]),
    );
    expect(dates.get('归档期限（出具后 60 日）')).toBe(delivery.archiveDueDate);
    expect(dates.get('保管期限（归档后 10 年）')).toBe(delivery.retainUntil);
    expect(dates.get('出具时间（北京时间）')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(dates.get('验收时间（北京时间）')).toMatch(/^\d{4}-\d{2}-\d{2} /);
    expect(dates.get('是否按期归档')).toBe('是');
    const history = await sheetRows(files.get('10 出具与验收/出具与验收记录.xlsx'));
    expect(history.map((row) => row[5])).toEqual(['ISSUE', 'ACKNOWLEDGE']);
  });

  it('lists amendments made after archiving with the package (the zip itself never changes)', async () => {
    const before = await archiveView(archivist);
    expect(before.amendments).toEqual([]);
    const approver = reviewer(0).user;
    await t
      .http()
      .post(api('/amendments'))
      .set(firmAdmin.auth)
      .send({
        correction: '第三部分表 2 中 2.1.1 的得分由 3 分更正为 3.5 分（笔误）',
        reason: '录入笔误',
        conclusionImpact: '总分及等级不变',
        conclusionsChanged: false,
        approverUserId: approver.id,
      })
      .expect(201);
    for (const who of [archivist, officer]) {
      const after = await archiveView(who);
      expect(after.amendments).toEqual([
        expect.objectContaining({
          seq: 1,
          reason: '录入笔误',
          conclusionsChanged: false,
          approverName: '复核人甲',
        }),
      ]);
    }
    const mine = await archiveView(archivist);
    expect(mine.sha256).toBe(before.sha256);
    expect(sha256((await download(archivist).expect(200)).body as Buffer)).toBe(before.sha256);
  });
});
