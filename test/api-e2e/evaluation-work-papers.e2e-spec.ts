import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, EvaluationDetail, WorkPaper, WorkPaperList } from '@jixiao/contracts';
import { an, type BuiltOrganisation } from '../factories';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';
import { collectBytes } from '../support/collect-bytes';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const MISSING = '00000000-0000-4000-8000-000000000000';
const PAPER_TABLES = [
  'evaluation_work_paper',
  'evaluation_work_paper_file',
  'evaluation_work_paper_history',
] as const;

describe('work papers (工作底稿): internal to the firm', () => {
  let t: TestApp;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluation: EvaluationDetail;
  let lead: SignedIn;
  let evaluator: SignedIn;
  let reviewer: SignedIn;
  let runtime: RuntimeRole;
  let paper: WorkPaper;
  let topicPaper: WorkPaper;
  let attachmentId: string;

  const base = () => `/api/evaluations/${evaluation.id}/work-papers`;
  const bodyOf = (response: { body: unknown }) => response.body as ErrorResponse;

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    // the firm admin is not on the team: the firm's quality reviewer (复核人)
    firm = await an
      .organisation('firm')
      .withUser('team_lead')
      .withUser('evaluator')
      .withUser('firm_admin')
      .build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').withUser('unit_admin').build(t);
    ({ evaluation, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t));
    evaluator = await firm.signIn('evaluator');
    reviewer = await firm.signIn('firm_admin');
    runtime = await connectRuntimeRole(t.databaseUrl);
  }, 180_000);
  afterAll(async () => {
    await runtime.client.end();
    await t.close();
  });

  it('lets the team write a paper per indicator and per topic, with a reviewer of the firm', async () => {
    expect(evaluation.status).toBe('fieldwork');
    paper = (
      await t
        .http()
        .post(base())
        .set(lead.auth)
        .send({
          indicatorId: '1.1.1.1',
          body: '抽查 2024 年 12 月凭证 30 笔，未发现超范围支出。',
          reviewerUserId: firm.user('firm_admin').id,
        })
        .expect(201)
    ).body as WorkPaper;
    expect(paper).toMatchObject({
      indicatorId: '1.1.1.1',
      topic: null,
      authorName: firm.user('team_lead').displayName,
      reviewerUserId: firm.user('firm_admin').id,
      reviewedAt: null,
      version: 1,
      canEdit: true,
      canReview: false,
    });
    expect(paper.history.map((entry) => entry.event)).toEqual(['created']);

    topicPaper = (
      await t
        .http()
        .post(base())
        .set(evaluator.auth)
        .send({ topic: '访谈记录：财务负责人', body: '访谈时间 2025-03-02，地点：财务科。' })
        .expect(201)
    ).body as WorkPaper;
    expect(topicPaper).toMatchObject({
      indicatorId: null,
      topic: '访谈记录：财务负责人',
      reviewerUserId: null,
    });

    const list = (await t.http().get(base()).set(evaluator.auth).expect(200)).body as WorkPaperList;
    expect(list.canWrite).toBe(true);
    expect(list.papers.map((p) => p.id)).toEqual([paper.id, topicPaper.id]);
    expect(list.reviewers.map((r) => r.userId)).toContain(firm.user('firm_admin').id);
  });

  it('refuses a paper without exactly one subject, an unknown indicator and a reviewer outside the firm', async () => {
    const refused = async (body: object, field: string, code: string) => {
      const response = await t.http().post(base()).set(lead.auth).send(body);
      expect(response.status).toBe(400);
      expect(bodyOf(response).details).toEqual([expect.objectContaining({ field, code })]);
      expect(bodyOf(response).details?.[0]?.message).toBeTruthy();
    };
    await refused({ body: 'x' }, 'indicatorId', 'work_paper.subject_required');
    await refused(
      { indicatorId: '1.1.1.1', topic: '两者都有', body: 'x' },
      'indicatorId',
      'work_paper.subject_required',
    );
    await refused({ indicatorId: '9.9.9', body: 'x' }, 'indicatorId', 'work_paper.unknown_indicator');
    await refused(
      { topic: 'x', body: 'x', reviewerUserId: unit.user('liaison').id },
      'reviewerUserId',
      'work_paper.reviewer_not_firm_user',
    );
    await refused(
      { topic: 'x', body: 'x', reviewerUserId: firm.user('team_lead').id },
      'reviewerUserId',
      'work_paper.reviewer_is_author',
    );
  });

  it('keeps firm users outside the team to reading, and lets only the reviewer sign off', async () => {
    const write = await t.http().put(`${base()}/${paper.id}`).set(reviewer.auth).send({
      body: 'x',
      reviewerUserId: null,
      version: paper.version,
    });
    expect(write.status).toBe(403);
    expect(bodyOf(write).details?.[0]?.code).toBe('evaluation.not_team_member');

    const byAuthor = await t.http().post(`${base()}/${paper.id}/review`).set(lead.auth).send({ version: 1 });
    expect(byAuthor.status).toBe(403);
    expect(bodyOf(byAuthor).details?.[0]?.code).toBe('evaluation.not_work_paper_reviewer');

    const mine = (await t.http().get(`${base()}/${paper.id}`).set(reviewer.auth).expect(200))
      .body as WorkPaper;
    expect(mine).toMatchObject({ canEdit: false, canReview: true });
  });

  it('versions every edit: a stale save is a conflict and loses nothing', async () => {
    const edits = await Promise.all(
      ['凭证抽查补充：另查 10 笔。', '凭证抽查补充：另查 20 笔。'].map((body) =>
        t
          .http()
          .put(`${base()}/${paper.id}`)
          .set(evaluator.auth)
          .send({ body, reviewerUserId: firm.user('firm_admin').id, version: 1 }),
      ),
    );
    expect(edits.map((response) => response.status).sort()).toEqual([200, 409]);
    const conflict = edits.find((response) => response.status === 409);
    expect(conflict && bodyOf(conflict).code).toBe('CONFLICT');
    const saved = edits.find((response) => response.status === 200)?.body as WorkPaper;
    expect(saved.version).toBe(2);
    expect(saved.updatedByName).toBe(firm.user('evaluator').displayName);
    paper = saved;
  });

  it('stores attachments internal to the firm, and downloads them', async () => {
    const uploaded = (
      await t
        .http()
        .post(`${base()}/${paper.id}/attachments`)
        .set(evaluator.auth)
        .attach('file', PDF, { filename: '凭证抽查表.pdf', contentType: 'application/pdf' })
        .expect(201)
    ).body as WorkPaper;
    expect(uploaded.attachments).toEqual([
      expect.objectContaining({ name: '凭证抽查表.pdf', mediaType: 'application/pdf', size: PDF.length }),
    ]);
    expect(uploaded.version).toBe(paper.version);
    expect(uploaded.history.map((entry) => entry.event)).toEqual(['created', 'edited', 'attachment_added']);
    attachmentId = uploaded.attachments[0]?.fileId ?? '';
    const download = await t
      .http()
      .get(`${base()}/${paper.id}/attachments/${attachmentId}`)
      .set(reviewer.auth)
      .buffer(true)
      .parse(collectBytes)
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    // not among the evaluation's shared files, for anyone
    for (const who of [lead, await unit.signIn('liaison')]) {
      const detail = (await t.http().get(`/api/evaluations/${evaluation.id}`).set(who.auth).expect(200))
        .body as EvaluationDetail;
      expect(detail.files.map((file) => file.id)).not.toContain(attachmentId);
    }
  });

  it('records the sign-off with its note, and an edit after it asks for a new one', async () => {
    const reviewed = (
      await t
        .http()
        .post(`${base()}/${paper.id}/review`)
        .set(reviewer.auth)
        .send({ note: '抽样方法恰当，同意。', version: paper.version })
        .expect(200)
    ).body as WorkPaper;
    expect(reviewed).toMatchObject({ reviewNote: '抽样方法恰当，同意。', canReview: false });
    expect(reviewed.reviewedAt).not.toBeNull();
    const twice = await t
      .http()
      .post(`${base()}/${paper.id}/review`)
      .set(reviewer.auth)
      .send({ version: paper.version });
    expect(twice.status).toBe(409);
    expect(bodyOf(twice).details?.[0]?.code).toBe('evaluation.work_paper_reviewed_already');

    const edited = (
      await t
        .http()
        .put(`${base()}/${paper.id}`)
        .set(lead.auth)
        .send({
          body: `${paper.body}\n复核后补充。`,
          reviewerUserId: firm.user('firm_admin').id,
          version: paper.version,
        })
        .expect(200)
    ).body as WorkPaper;
    expect(edited).toMatchObject({ reviewedAt: null, reviewNote: null, version: paper.version + 1 });
    expect(edited.history.map((entry) => [entry.event, entry.version])).toEqual([
      ['created', 1],
      ['edited', 2],
      ['attachment_added', 2],
      ['reviewed', 2],
      ['edited', 3],
    ]);
    expect(edited.history[3]?.note).toBe('抽样方法恰当，同意。');
    paper = edited;
  });

  it('answers the unit and the bureau through every route exactly as for a missing paper', async () => {
    const outsiders = [
      await unit.signIn('liaison'),
      await unit.signIn('unit_admin'),
      await bureau.signIn('performance_officer'),
      await bureau.signIn('bureau_admin'),
    ];
    const routes = (paperId: string, fileId: string) => [
      { method: 'get', path: base() },
      { method: 'post', path: base(), body: { topic: '入侵者', body: 'x' } },
      { method: 'get', path: `${base()}/${paperId}` },
      { method: 'put', path: `${base()}/${paperId}`, body: { body: 'x', reviewerUserId: null, version: 3 } },
      { method: 'post', path: `${base()}/${paperId}/review`, body: { version: 3 } },
      { method: 'post', path: `${base()}/${paperId}/attachments` },
      { method: 'get', path: `${base()}/${paperId}/attachments/${fileId}` },
      { method: 'get', path: `/api/evaluations/${evaluation.id}/files/${fileId}` },
    ];
    const outcomes = new Set<string>();
    const before = await paperRows();
    for (const who of outsiders) {
      for (const route of [...routes(paper.id, attachmentId), ...routes(MISSING, MISSING)]) {
        const response = await t
          .http()
          [route.method as 'get'](route.path)
          .set(who.auth)
          .send(route.body ?? {});
        outcomes.add(`${response.status} ${bodyOf(response).code}`);
      }
    }
    expect([...outcomes]).toEqual(['404 NOT_FOUND']);
    expect(await paperRows()).toEqual(before);
    // …and the same for the firm asking for a paper that does not exist
    const missing = await t.http().get(`${base()}/${MISSING}`).set(lead.auth);
    expect(`${missing.status} ${bodyOf(missing).code}`).toBe('404 NOT_FOUND');
  });

  async function paperRows(): Promise<string> {
    return withClient(t.databaseUrl, async (client) => {
      const parts: string[] = [];
      for (const table of [...PAPER_TABLES, 'evaluation_file']) {
        const [row] = (
          await client.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM ${table} t`)
        ).rows as { sum: string }[];
        parts.push(`${table}:${row?.sum}`);
      }
      return parts.join(',');
    });
  }

  it('hides every row from the unit and the bureau at the SQL level, as the runtime role', async () => {
    const count = async (organisationId: string, table: string) => {
      const [row] = await runtime.query<{ count: string }>(
        { organisationId },
        `SELECT count(*) FROM ${table} WHERE evaluation_id = $1`,
        [evaluation.id],
      );
      return Number(row?.count);
    };
    expect(await count(firm.id, 'evaluation_work_paper')).toBe(2);
    expect(await count(firm.id, 'evaluation_work_paper_file')).toBe(1);
    expect(await count(firm.id, 'evaluation_work_paper_history')).toBe(6);
    for (const other of [unit.id, bureau.id]) {
      for (const table of PAPER_TABLES)
        expect({ other, table, rows: await count(other, table) }).toEqual({ other, table, rows: 0 });
      const files = await runtime.query<{ id: string }>(
        { organisationId: other },
        `SELECT id FROM evaluation_file WHERE purpose = 'work_paper'`,
      );
      expect(files).toEqual([]);
      expect(
        await runtime.query(
          { organisationId: other },
          `UPDATE evaluation_work_paper SET body = 'x' RETURNING id`,
        ),
      ).toEqual([]);
      await expect(
        runtime.query(
          { organisationId: other },
          `INSERT INTO evaluation_work_paper (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, topic, author_user_id,
                                              author_name, updated_by_name)
           VALUES ($1, $2, $3, $4, 'x', $5, 'x', 'x')`,
          [bureau.id, evaluation.id, firm.id, unit.id, firm.user('team_lead').id],
        ),
      ).rejects.toMatchObject({ code: '42501' });
    }
    // the history is append-only for the runtime role, even for the firm
    await expect(
      runtime.query({ organisationId: firm.id }, `UPDATE evaluation_work_paper_history SET note = 'x'`),
    ).rejects.toMatchObject({ code: '42501' });
    // an attachment is internal to the firm whatever is asked for
    await expect(
      runtime.query(
        { organisationId: firm.id },
        `INSERT INTO evaluation_file (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, owner_org_id, visibility,
                                      purpose, storage_key, original_name, media_type, size, sha256, uploaded_by, uploaded_by_name)
         VALUES ($1, $2, $3, $4, $3, 'shared', 'work_paper', 'k', 'x.pdf', 'application/pdf', 1, repeat('0', 64), $5, 'x')`,
        [bureau.id, evaluation.id, firm.id, unit.id, firm.user('team_lead').id],
      ),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('freezes the papers once the evaluation is archived, in the API and in the database', async () => {
    await withClient(t.databaseUrl, (client) =>
      client.query(`UPDATE evaluation SET status = 'archived' WHERE id = $1`, [evaluation.id]),
    );
    const save = await t
      .http()
      .put(`${base()}/${paper.id}`)
      .set(lead.auth)
      .send({ body: 'x', reviewerUserId: null, version: paper.version });
    expect(save.status).toBe(409);
    // Delivery (issue 11): every write on an archived evaluation answers one stable code.
    expect(bodyOf(save).code).toBe('EVALUATION_ARCHIVED');
    const list = (await t.http().get(base()).set(lead.auth).expect(200)).body as WorkPaperList;
    expect(list.canWrite).toBe(false);
    await expect(
      runtime.query(
        { organisationId: firm.id },
        `UPDATE evaluation_work_paper SET body = 'x' WHERE evaluation_id = $1`,
        [evaluation.id],
      ),
    ).rejects.toThrow(/archived/);
  });
});
