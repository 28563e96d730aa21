import { createHash, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ArchivePackageView,
  ArchiveVerification,
  ErrorResponse,
  EvaluationDetail,
  RequestItem,
} from '@jixiao/contracts';
import { ArchiveJobs, createFileStorage } from '@jixiao/api-platform';
import { an, bringToPhase, type BuiltOrganisation } from '../factories';
import { isolatedDatabase } from '../support/isolated-database';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { startTestWorker } from '../support/test-worker';
import { unzip } from '../support/unzip';
import { collectBytes } from '../support/collect-bytes';

const EVIDENCE = Buffer.from(
  '%PDF-1.4\n1 0 obj <<>> endobj\n% 2024年预算批复\ntrailer <<>>\n%%EOF\n',
  'utf8',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the archive package (归档包, issue 11)', () => {
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
  let archivist: SignedIn;
  let evaluator: SignedIn;
  let zip: Buffer;
  const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
  const detail = async (who: SignedIn) =>
    (await t.http().get(api('')).set(who.auth).expect(200)).body as EvaluationDetail;
  const transition = async (who: SignedIn, event: string) =>
    t
      .http()
      .post(api('/transitions'))
      .set(who.auth)
      .send({ event, version: (await detail(who)).version });
  const download = (who: SignedIn) =>
    t.http().get(api('/archive/download')).set(who.auth).buffer(true).parse(collectBytes);

  beforeAll(async () => {
    // Its worker must not take the jobs suite's queued mails: a database of its own.
    database = await isolatedDatabase('jixiao_archive');
    // Quick retries, so a failed build is seen and then retried within the test.
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
      .withUser('archivist')
      .withUser('firm_admin')
      .withUser('reviewer')
      .withUser('reviewer')
      .withUser('reviewer')
      .build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').withUser('head').build(t);
    ({ evaluation, officer, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t));
    liaison = await unit.signIn('liaison');
    archivist = await firm.signIn('archivist');
    evaluator = await firm.signIn('evaluator');

    // The request list: one item, answered with an evidence file, accepted.
    const item = (
      await t
        .http()
        .post(api('/requests'))
        .set(lead.auth)
        .send({
          title: '年度部门预算批复文件',
          reason: '评价依据',
          indicatorIds: [],
          dueDate: '2099-12-31',
          required: true,
        })
        .expect(201)
    ).body as RequestItem;
    await t
      .http()
      .post(api('/requests/send'))
      .set(lead.auth)
      .set('Idempotency-Key', randomUUID())
      .send({})
      .expect(200);
    await t
      .http()
      .post(api(`/requests/${item.id}/answer/files`))
      .set(liaison.auth)
      .attach('file', EVIDENCE, { filename: '2024年预算批复.pdf' })
      .expect(201);
    await t
      .http()
      .post(api(`/requests/${item.id}/answer/submit`))
      .set(liaison.auth)
      .send({ version: 1 })
      .expect(200);
    const sent = (
      (await t.http().get(api('/requests')).set(lead.auth).expect(200)).body as { items: RequestItem[] }
    ).items[0];
    await t
      .http()
      .post(api(`/requests/${item.id}/decisions`))
      .set(lead.auth)
      .send({ decision: 'accept', version: sent?.version })
      .expect(200);

    // Figures and scores (seed 1), the 交换意见稿, the unit's 无意见, the 终稿, three levels signed,
    // issued and acknowledged: the real steps through the API.
    const reviewers: SignedIn[] = [];
    for (const user of firm.users.filter((candidate) => candidate.roles.includes('reviewer')))
      reviewers.push(await signIn(t, user.email));
    evaluation = await bringToPhase(
      t,
      evaluation,
      {
        lead,
        liaison,
        head: await unit.signIn('head'),
        reviewers,
        firmAdmin: await firm.signIn('firm_admin'),
        officer,
      },
      'acknowledged',
    );
    expect(evaluation.status).toBe('acknowledged');
  }, 240_000);

  afterAll(async () => {
    await worker?.close();
    await runtime?.client.end();
    await t?.close();
    await database?.drop();
  });

  it('has no package before ARCHIVE; only the firm admin or the archivist may archive', async () => {
    await t.http().get(api('/archive')).set(archivist.auth).expect(404);
    const refused = await transition(evaluator, 'ARCHIVE');
    expect(refused.status).toBe(403);
    expect(((refused.body as ErrorResponse).details ?? [])[0]?.code).toBe('evaluation.wrong_role');
  });

  it('ARCHIVE queues the package in the transition; the job builds it with progress, then it is ready', async () => {
    const archived = await transition(archivist, 'ARCHIVE');
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect((archived.body as EvaluationDetail).status).toBe('archived');
    const queued = (await t.http().get(api('/archive')).set(archivist.auth).expect(200))
      .body as ArchivePackageView;
    expect(queued).toMatchObject({ status: 'queued', progress: 0, size: null, sha256: null, entries: [] });
    await download(archivist).expect(409);

    // The evidence file in storage no longer matches the hash recorded at upload: the build fails,
    // visibly, and is retried by the queue once the file is put back.
    const storage = createFileStorage(t.config.storage);
    const [evidenceKey] = await runtime.query<{ storage_key: string }>(
      { organisationId: firm.id },
      `SELECT storage_key FROM evaluation_file WHERE evaluation_id = $1 AND original_name = '2024年预算批复.pdf'`,
      [evaluation.id],
    );
    const key = evidenceKey?.storage_key ?? '';
    await storage.put(key, Buffer.from('replaced behind the system’s back'));
    worker = await startTestWorker(t);
    const until = async (done: (view: ArchivePackageView) => boolean): Promise<ArchivePackageView> => {
      const deadline = Date.now() + 150_000;
      let current = queued;
      while (Date.now() < deadline) {
        current = (await t.http().get(api('/archive')).set(officer.auth).expect(200))
          .body as ArchivePackageView;
        if (done(current)) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return current;
    };
    const failed = await until((view) => view.status === 'failed');
    expect(failed.status).toBe('failed');
    expect(failed.failure).toContain('does not match its recorded SHA-256');
    await storage.put(key, EVIDENCE);
    const view = await until((current) => current.status === 'ready');
    expect(view.failure).toBeNull();
    expect(view.status).toBe('ready');
    expect(view.progress).toBe(100);
    expect(view.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Polled as the bureau: its copy of the package (issue 11, 09 三级复核 without the review notes).
    expect(view.fileName).toContain('归档包（委托方）.zip');
    const paths = view.entries.map((entry) => entry.path);
    expect(paths).toContain('索引.xlsx');
    expect(paths).toContain('03 指标体系/评价指标体系及评分规则.xlsx');
    expect(paths).toContain('04 资料清单与证据/001-第1轮-2024年预算批复.pdf');
    expect(paths).toContain('05 财务数据及核实/财务数据及核实.xlsx');
    expect(paths).toContain('06 评分与工作底稿/评分记录（含调整）.xlsx');
    // 交换意见稿 v1, 终稿 v2, the issued report v3: each in Word and PDF.
    const reports = paths.filter((path) => path.startsWith('07 报告各版本/'));
    expect(reports).toHaveLength(6);
    for (const [index, seq] of [1, 1, 2, 2, 3, 3].entries())
      expect(reports[index]).toMatch(new RegExp(`报告.* v${seq}\\.${index % 2 === 0 ? 'docx' : 'pdf'}$`));
    expect(paths).toContain('11 评价过程记录/评价全过程记录.xlsx');
    const evidence = view.entries.find((entry) => entry.path.endsWith('2024年预算批复.pdf'));
    expect(evidence?.sha256).toBe(sha256(EVIDENCE));
  }, 180_000);

  it('serves the zip to the firm and the bureau; every listed file is present and matches its hash', async () => {
    const response = await download(archivist).expect(200);
    expect(response.headers['content-type']).toContain('application/zip');
    expect(response.headers['content-disposition']).toContain('attachment');
    zip = response.body as Buffer;
    const view = (await t.http().get(api('/archive')).set(archivist.auth).expect(200))
      .body as ArchivePackageView;
    expect(sha256(zip)).toBe(view.sha256);
    expect(zip.length).toBe(view.size);
    // The bureau downloads its own copy (section 09 without the firm's review notes): another zip.
    const bureauView = (await t.http().get(api('/archive')).set(officer.auth).expect(200))
      .body as ArchivePackageView;
    expect(bureauView.audience).toBe('bureau');
    expect(bureauView.sha256).not.toBe(view.sha256);
    expect(sha256((await download(officer).expect(200)).body as Buffer)).toBe(bureauView.sha256);

    const files = await unzip(zip);
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as {
      files: { path: string; sha256: string; size: number }[];
    };
    expect(manifest.files.map((file) => file.path)).toEqual(view.entries.map((entry) => entry.path));
    for (const listed of manifest.files) {
      const bytes = files.get(listed.path);
      expect(bytes, listed.path).toBeDefined();
      expect(sha256(bytes ?? Buffer.alloc(0)), listed.path).toBe(listed.sha256);
      expect(bytes?.length, listed.path).toBe(listed.size);
    }
    expect([...files.keys()].sort()).toEqual(
      ['manifest.json', ...manifest.files.map((file) => file.path)].sort(),
    );
    expect(files.get('04 资料清单与证据/001-第1轮-2024年预算批复.pdf')?.equals(EVIDENCE)).toBe(true);
    // The history inside the package ends with the ARCHIVE entry itself.
    const book = new Workbook();
    await book.xlsx.load(files.get('11 评价过程记录/评价全过程记录.xlsx') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const events = (sheet?.getColumn(6).values ?? []).slice(2).map(String);
    expect(events.at(-1)).toBe('ARCHIVE');
    expect(events).toEqual(
      expect.arrayContaining([
        'ACCEPT',
        'APPROVE_PLAN',
        'CLOSE_FIELDWORK',
        'SEND_FOR_FEEDBACK',
        'PRODUCE_FINAL',
        'SUBMIT_FOR_REVIEW',
        'SIGN_REVIEW',
        'ISSUE',
        'ACKNOWLEDGE',
      ]),
    );
  });

  it('leaves a ready package alone when its job runs again (twice at once included)', async () => {
    const before = (await t.http().get(api('/archive')).set(archivist.auth).expect(200))
      .body as ArchivePackageView;
    const jobs = worker?.get(ArchiveJobs);
    if (!jobs) throw new Error('no worker');
    const job = { bureauOrgId: bureau.id, evaluationId: evaluation.id };
    await Promise.all([jobs.handle(job), jobs.handle(job)].map((run) => run.catch(() => undefined)));
    await jobs.handle(job);
    const after = (await t.http().get(api('/archive')).set(archivist.auth).expect(200))
      .body as ArchivePackageView;
    expect(after).toEqual(before);
    expect(sha256((await download(archivist).expect(200)).body as Buffer)).toBe(before.sha256);
  });

  it('verifies the stored package; the unit sees none of it', async () => {
    const verification = (await t.http().post(api('/archive/verify')).set(officer.auth).expect(200))
      .body as ArchiveVerification;
    expect(verification).toMatchObject({ ok: true, zipHashMatches: true, problems: [] });
    expect(verification.checkedFiles).toBeGreaterThan(10);
    await t.http().get(api('/archive')).set(liaison.auth).expect(404);
    await download(liaison).expect(404);
    await t.http().post(api('/archive/verify')).set(liaison.auth).expect(404);
  });

  it('refuses to change or delete a ready package, even as the owner, and the runtime role cannot write it', async () => {
    const owner = new Client({ connectionString: t.databaseUrl });
    await owner.connect();
    try {
      await expect(
        owner.query(
          `UPDATE evaluation_archive_package SET sha256 = repeat('0', 64) WHERE evaluation_id = $1`,
          [evaluation.id],
        ),
      ).rejects.toThrow(/immutable/);
      await expect(
        owner.query(`DELETE FROM evaluation_archive_package WHERE evaluation_id = $1`, [evaluation.id]),
      ).rejects.toThrow(/never deleted/);
    } finally {
      await owner.end();
    }
    await expect(
      runtime.query(
        { organisationId: firm.id },
        `UPDATE evaluation_archive_package SET progress = 1 WHERE evaluation_id = $1`,
        [evaluation.id],
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('detects one flipped byte in the stored zip', async () => {
    const storage = createFileStorage(t.config.storage);
    const key = `evaluations/${bureau.id}/${evaluation.id}/archive/${evaluation.id}.zip`;
    // The first entry is manifest.json: 30 bytes of local header and 13 of name, then its data.
    const tampered = Buffer.from(zip);
    const at = 60;
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    await storage.put(key, tampered);
    try {
      const verification = (await t.http().post(api('/archive/verify')).set(archivist.auth).expect(200))
        .body as ArchiveVerification;
      expect(verification.ok).toBe(false);
      expect(verification.zipHashMatches).toBe(false);
      expect(verification.problems.length).toBeGreaterThan(0);
    } finally {
      await storage.put(key, zip);
    }
    const restored = (await t.http().post(api('/archive/verify')).set(archivist.auth).expect(200))
      .body as ArchiveVerification;
    expect(restored.ok).toBe(true);
  });
});
