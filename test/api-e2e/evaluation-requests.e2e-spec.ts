import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  EvaluationDetail,
  RequestBoard,
  RequestFile,
  RequestHistoryEntry,
  RequestItem,
  TodoItem,
} from '@jixiao/contracts';
import { an, type BuiltOrganisation } from '../factories';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import type { SignedIn, TestApp } from '../support/test-app';
import { signIn, startTestApp } from '../support/test-app';
import { binary, toBuffer } from '../support/xlsx';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PAST_DUE = '2020-01-01';

describe('the request list (资料清单)', () => {
  let t: TestApp;
  let runtime: RuntimeRole;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let strangerFirm: BuiltOrganisation;
  let evaluation: EvaluationDetail;
  let lead: SignedIn;
  let evaluator: SignedIn;
  let liaison: SignedIn;
  let head: SignedIn;
  let officer: SignedIn;
  let stranger: SignedIn;

  const base = () => `/api/evaluations/${evaluation.id}/requests`;
  const board = async (who: SignedIn) =>
    (await t.http().get(base()).set(who.auth).expect(200)).body as RequestBoard;
  const find = (list: RequestBoard, title: string): RequestItem => {
    const item = list.items.find((candidate) => candidate.title === title);
    if (!item) throw new Error(`no item ${title}`);
    return item;
  };
  const create = async (title: string, extra: Record<string, unknown> = {}) =>
    (
      await t
        .http()
        .post(base())
        .set(lead.auth)
        .send({
          title,
          reason: '评价依据',
          indicatorIds: [],
          dueDate: '2099-12-31',
          required: true,
          ...extra,
        })
        .expect(201)
    ).body as RequestItem;
  const upload = (who: SignedIn, item: RequestItem, content: Buffer, filename: string) =>
    t.http().post(`${base()}/${item.id}/answer/files`).set(who.auth).attach('file', content, { filename });
  const decide = (item: RequestItem, decision: string, reason?: string, version = item.version) =>
    t.http().post(`${base()}/${item.id}/decisions`).set(lead.auth).send({ decision, reason, version });
  const submit = (who: SignedIn, item: RequestItem, version: number) =>
    t.http().post(`${base()}/${item.id}/answer/submit`).set(who.auth).send({ version });
  const asOrg = <T>(organisationId: string, sql: string, params: unknown[] = []) =>
    runtime.query<T>({ organisationId }, sql, params);

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
    strangerFirm = await an.organisation('firm').withUser('team_lead').build(t);
    unit = await an
      .organisation('unit')
      .under(bureau)
      .withUser('liaison')
      .withUser('head')
      .withUser('unit_admin')
      .build(t);
    ({ evaluation, officer, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t));
    evaluator = await firm.signIn('evaluator');
    liaison = await unit.signIn('liaison');
    head = await unit.signIn('head');
    stranger = await strangerFirm.signIn('team_lead');
    runtime = await connectRuntimeRole(t.databaseUrl);
  }, 180_000);
  afterAll(async () => {
    await runtime?.client.end();
    await t?.close();
  });

  it('starts from the standard department list, links indicators and sends the drafts once', async () => {
    expect(evaluation.status).toBe('fieldwork');
    let list = (await t.http().post(`${base()}/standard`).set(lead.auth).expect(200)).body as RequestBoard;
    expect(list.items.length).toBeGreaterThanOrEqual(12);
    expect(list.counts.draft).toBe(list.items.length);
    expect(list.items.map((item) => item.title)).toContain('年度部门决算报表');
    // twice: nothing is added again
    list = (await t.http().post(`${base()}/standard`).set(lead.auth).expect(200)).body as RequestBoard;
    expect(list.counts.draft).toBe(list.items.length);
    const standardCount = list.items.length;

    const indicator = list.indicators[0];
    const linked = await create('预算绩效管理制度', { indicatorIds: [indicator.id] });
    expect(linked).toMatchObject({ status: 'draft', indicatorIds: [indicator.id], seq: standardCount + 1 });
    const unknown = await t
      .http()
      .post(base())
      .set(lead.auth)
      .send({ title: '某资料', reason: '', indicatorIds: ['9.9.9'], dueDate: null, required: true })
      .expect(400);
    expect((unknown.body as ErrorResponse).details?.[0]).toMatchObject({
      field: 'indicatorIds',
      code: 'request.unknown_indicator',
    });

    const key = randomUUID();
    const sent = (
      await t.http().post(`${base()}/send`).set(lead.auth).set('Idempotency-Key', key).send({}).expect(200)
    ).body as RequestBoard;
    expect(sent.counts.sent).toBe(standardCount + 1);
    expect(sent.counts.draft).toBe(0);
    const again = (
      await t.http().post(`${base()}/send`).set(lead.auth).set('Idempotency-Key', key).send({}).expect(200)
    ).body as RequestBoard;
    expect(again.counts).toEqual(sent.counts);
    const history = (await t.http().get(`${base()}/${linked.id}/history`).set(liaison.auth).expect(200))
      .body as RequestHistoryEntry[];
    expect(history.map((entry) => entry.event)).toEqual(['send']);
  });

  it('lets the unit answer a list; the firm rejects one item and accepts the resubmission', async () => {
    const list = await board(liaison);
    expect(list.canAnswer).toBe(true);
    expect(list.canCreate).toBe(false);
    const budget = find(list, '年度部门预算批复文件');
    const accounts = find(list, '年度部门决算报表');
    const plan = find(list, '年度工作计划及工作总结');
    expect(budget.allowedActions).toEqual(['answer', 'submit']);

    // an empty answer cannot be submitted
    const empty = await submit(liaison, budget, 0).expect(409);
    expect((empty.body as ErrorResponse).details?.[0]).toMatchObject({
      field: 'explanation',
      code: 'request.request_answer_empty',
    });

    // two files and an explanation for the budget; one file for the accounts
    const first = (await upload(liaison, budget, PDF, '2024年预算批复.pdf').expect(201)).body as RequestFile;
    await upload(liaison, budget, PNG, '批复盖章页.png').expect(201);
    await upload(liaison, budget, Buffer.from('MZ\x90\x00'), 'virus.pdf').expect(415);
    let saved = (
      await t
        .http()
        .put(`${base()}/${budget.id}/answer`)
        .set(liaison.auth)
        .send({ explanation: '预算批复见附件', version: 1 })
        .expect(200)
    ).body as RequestItem;
    expect(saved.answers[0]).toMatchObject({ round: 1, explanation: '预算批复见附件', submittedAt: null });
    expect(saved.answers[0].files.map((file) => file.name)).toEqual(['2024年预算批复.pdf', '批复盖章页.png']);

    // the firm does not see the unit's draft
    expect(find(await board(lead), budget.title).answers).toEqual([]);
    // …and cannot download a draft's file
    await t.http().get(`${base()}/${budget.id}/files/${first.id}`).set(lead.auth).expect(404);

    saved = (await submit(liaison, budget, saved.answers[0].version).expect(200)).body as RequestItem;
    expect(saved.status).toBe('submitted');
    const accountsAnswer = (await upload(liaison, accounts, PDF, '决算报表.pdf').expect(201))
      .body as RequestFile;
    expect(accountsAnswer.sha256).toMatch(/^[0-9a-f]{64}$/);
    await submit(liaison, accounts, 1).expect(200);
    // a draft on a third item stays the unit's own
    await t
      .http()
      .put(`${base()}/${plan.id}/answer`)
      .set(liaison.auth)
      .send({ explanation: '草稿', version: 0 })
      .expect(200);

    // the firm sees both submissions and downloads the evidence
    const firmBoard = await board(evaluator);
    expect(firmBoard.counts.submitted).toBe(2);
    const submitted = find(firmBoard, budget.title);
    expect(submitted.allowedActions).toEqual(['edit', 'accept', 'reject', 'ask_more', 'waive']);
    expect(submitted.answers[0].files).toHaveLength(2);
    expect(find(firmBoard, plan.title).answers).toEqual([]);
    const download = await t
      .http()
      .get(`${base()}/${budget.id}/files/${first.id}`)
      .set(evaluator.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    // reject needs a reason; then the unit sees the rejection with its reason
    const noReason = await decide(submitted, 'reject', '  ').expect(409);
    expect((noReason.body as ErrorResponse).details?.[0]).toMatchObject({
      field: 'reason',
      code: 'request.request_reason_required',
    });
    const rejected = (await decide(submitted, 'reject', '缺少财政局盖章页').expect(200)).body as RequestItem;
    expect(rejected).toMatchObject({ status: 'rejected', round: 2, decisionReason: '缺少财政局盖章页' });
    await decide(submitted, 'accept').expect(409); // stale version
    const seen = find(await board(liaison), budget.title);
    expect(seen).toMatchObject({ status: 'rejected', decisionReason: '缺少财政局盖章页' });
    expect(seen.answers.map((answer) => answer.round)).toEqual([1]);

    // resubmission in round 2, accepted
    await upload(liaison, seen, PDF, '预算批复（含盖章页）.pdf').expect(201);
    const resubmitted = (await submit(liaison, seen, 1).expect(200)).body as RequestItem;
    expect(resubmitted.status).toBe('submitted');
    const accepted = (await decide(find(await board(lead), budget.title), 'accept').expect(200))
      .body as RequestItem;
    expect(accepted).toMatchObject({ status: 'accepted', decisionReason: null });
    expect(accepted.answers.map((answer) => answer.files.length)).toEqual([2, 1]);

    const history = (await t.http().get(`${base()}/${budget.id}/history`).set(officer.auth).expect(200))
      .body as RequestHistoryEntry[];
    expect(history.map((entry) => [entry.event, entry.round, entry.comment])).toEqual([
      ['send', 1, null],
      ['submit', 1, '预算批复见附件'],
      ['reject', 1, '缺少财政局盖章页'],
      ['submit', 2, null],
      ['accept', 2, null],
    ]);

    // ask for more, and waive with a reason
    const more = (await decide(find(await board(lead), accounts.title), 'ask_more', '请补充附注').expect(200))
      .body as RequestItem;
    expect(more.status).toBe('more_requested');
    const waived = (
      await decide(find(await board(lead), '满意度调查相关资料'), 'waive', '本年度未开展问卷').expect(200)
    ).body as RequestItem;
    expect(waived).toMatchObject({ status: 'waived', decisionReason: '本年度未开展问卷' });
  });

  it('marks overdue items for all three parties and puts them on the to-do lists', async () => {
    const late = await create('2023年度审计报告', { dueDate: PAST_DUE });
    await t
      .http()
      .post(`${base()}/send`)
      .set(lead.auth)
      .send({ itemIds: [late.id] })
      .expect(200);
    for (const who of [lead, liaison, head, officer]) {
      const item = find(await board(who), late.title);
      expect(item.overdue).toBe(true);
      expect(item.daysOverdue).toBeGreaterThan(365);
    }
    expect((await board(officer)).overdue).toBeGreaterThanOrEqual(1);

    const unitTodo = (await t.http().get('/api/evaluations/todo').set(liaison.auth).expect(200))
      .body as TodoItem[];
    const answer = unitTodo.find(
      (todo) => todo.evaluationId === evaluation.id && todo.action === 'answer_requests',
    );
    expect(answer).toMatchObject({ overdue: true, dueDate: PAST_DUE });
    expect(answer?.count).toBeGreaterThan(5);
    // the unit head reads but has nothing to answer
    const headTodo = (await t.http().get('/api/evaluations/todo').set(head.auth).expect(200))
      .body as TodoItem[];
    expect(headTodo.filter((todo) => todo.action === 'answer_requests')).toEqual([]);

    const plan = find(await board(liaison), '年度工作计划及工作总结');
    await submit(liaison, plan, plan.answers[0].version).expect(200);
    const firmTodo = (await t.http().get('/api/evaluations/todo').set(evaluator.auth).expect(200))
      .body as TodoItem[];
    expect(
      firmTodo.find((todo) => todo.evaluationId === evaluation.id && todo.action === 'review_requests'),
    ).toMatchObject({
      count: 1,
      overdue: false,
    });
  });

  it('exports the list to Excel and imports it back; a bad workbook is refused with row errors', async () => {
    const before = await board(lead);
    const exported = await t
      .http()
      .get(`${base()}/export.xlsx`)
      .set(officer.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const workbook = new Workbook();
    await workbook.xlsx.load(exported.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('资料清单');
    expect(sheet?.getRow(1).getCell(2).value).toBe('资料名称');
    expect(sheet?.rowCount).toBe(before.items.length + 1);

    const imported = (
      await t
        .http()
        .post(`${base()}/import`)
        .set(lead.auth)
        .attach('file', exported.body as Buffer, 'list.xlsx')
        .expect(200)
    ).body as RequestBoard;
    const copies = imported.items.slice(before.items.length);
    expect(
      copies.map(({ title, reason, indicatorIds, dueDate, required }) => ({
        title,
        reason,
        indicatorIds,
        dueDate,
        required,
      })),
    ).toEqual(
      before.items.map(({ title, reason, indicatorIds, dueDate, required }) => ({
        title,
        reason,
        indicatorIds,
        dueDate,
        required,
      })),
    );
    expect(copies.every((item) => item.status === 'draft')).toBe(true);

    const bad = new Workbook();
    const badSheet = bad.addWorksheet('资料清单');
    badSheet.addRow(['序号', '资料名称', '用途说明', '关联指标', '截止日期', '是否必需']);
    badSheet.addRow([1, '固定资产卡片', '', '', '2025-07-05', '是']);
    badSheet.addRow([2, '', '缺少名称', '', '', '']);
    badSheet.addRow([3, '合同台账', '', '', '2025-02-30', '也许']);
    badSheet.addRow([4, '会议纪要', '', '9.9.9', '', '否']);
    const refused = await t
      .http()
      .post(`${base()}/import`)
      .set(lead.auth)
      .attach('file', await toBuffer(bad), 'bad.xlsx')
      .expect(400);
    const body = refused.body as ErrorResponse;
    expect(body.code).toBe('IMPORT_INVALID');
    expect(body.details?.map((detail) => [detail.field, detail.code])).toEqual([
      ['资料清单!3:资料名称', 'request_import.title_missing'],
      ['资料清单!4:截止日期', 'request_import.bad_date'],
      ['资料清单!4:是否必需', 'request_import.bad_required'],
      ['资料清单!5:关联指标', 'request_import.unknown_indicator'],
    ]);
    expect(body.details?.[0].message).toContain('第 3 行');
    await t.http().post(`${base()}/import`).set(lead.auth).attach('file', PDF, 'x.xlsx').expect(400);
    expect((await board(lead)).items).toHaveLength(imported.items.length);
  });

  it('answers each route only for the right party and role', async () => {
    const list = await board(lead);
    const sent = list.items.find((item) => item.status === 'sent');
    const draft = list.items.find((item) => item.status === 'draft');
    if (!sent || !draft) throw new Error('fixture');
    const fileId = randomUUID();
    const routes: [string, string, (who: SignedIn) => Promise<{ status: number }>][] = [
      [
        'create',
        'firm',
        (who) =>
          t
            .http()
            .post(base())
            .set(who.auth)
            .send({ title: 'x', reason: '', indicatorIds: [], dueDate: null, required: false }),
      ],
      ['standard', 'firm', (who) => t.http().post(`${base()}/standard`).set(who.auth)],
      [
        'send',
        'firm',
        (who) =>
          t
            .http()
            .post(`${base()}/send`)
            .set(who.auth)
            .send({ itemIds: [draft.id] }),
      ],
      [
        'edit',
        'firm',
        (who) =>
          t.http().put(`${base()}/${sent.id}`).set(who.auth).send({
            title: sent.title,
            reason: '',
            indicatorIds: [],
            dueDate: null,
            required: true,
            version: sent.version,
          }),
      ],
      [
        'delete',
        'firm',
        (who) => t.http().delete(`${base()}/${draft.id}?version=${draft.version}`).set(who.auth),
      ],
      [
        'decide',
        'firm',
        (who) =>
          t
            .http()
            .post(`${base()}/${sent.id}/decisions`)
            .set(who.auth)
            .send({ decision: 'waive', reason: '无', version: sent.version }),
      ],
      [
        'import',
        'firm',
        (who) => t.http().post(`${base()}/import`).set(who.auth).attach('file', PDF, 'x.xlsx'),
      ],
      [
        'answer',
        'unit',
        (who) =>
          t.http().put(`${base()}/${sent.id}/answer`).set(who.auth).send({ explanation: 'x', version: 0 }),
      ],
      [
        'upload',
        'unit',
        (who) =>
          t.http().post(`${base()}/${sent.id}/answer/files`).set(who.auth).attach('file', PDF, 'a.pdf'),
      ],
      [
        'remove file',
        'unit',
        (who) => t.http().delete(`${base()}/${sent.id}/answer/files/${fileId}`).set(who.auth),
      ],
      [
        'submit',
        'unit',
        (who) => t.http().post(`${base()}/${sent.id}/answer/submit`).set(who.auth).send({ version: 1 }),
      ],
    ];
    const readRoutes: ((who: SignedIn) => Promise<{ status: number }>)[] = [
      (who) => t.http().get(base()).set(who.auth),
      (who) => t.http().get(`${base()}/${sent.id}/history`).set(who.auth),
      (who) => t.http().get(`${base()}/export.xlsx`).set(who.auth),
    ];
    // a party of the wrong side, or the unit head (read-only), is refused with 403; a stranger sees nothing (404)
    for (const [name, side, call] of routes) {
      const wrong = side === 'firm' ? [liaison, head, officer] : [evaluator, head, officer];
      // the team's drafts are invisible to the other parties: deleting one answers them 404
      const refused = name === 'delete' ? 404 : 403;
      for (const who of wrong)
        expect({ name, status: (await call(who)).status }).toEqual({ name, status: refused });
      expect({ name, status: (await call(stranger)).status }).toEqual({ name, status: 404 });
    }
    for (const call of readRoutes) {
      for (const who of [lead, liaison, head, officer]) expect((await call(who)).status).toBe(200);
      expect((await call(stranger)).status).toBe(404);
    }
    const headView = find(await board(head), sent.title);
    expect(headView.allowedActions).toEqual([]);
  });

  it('shows the demo evaluation in fieldwork with items in every state, one overdue and one rejected', async () => {
    const demoLiaison = await signIn(t, 'liaison@zsl.demo');
    const todo = (await t.http().get('/api/evaluations/todo').set(demoLiaison.auth).expect(200))
      .body as TodoItem[];
    const answer = todo.find((entry) => entry.action === 'answer_requests');
    expect(answer).toMatchObject({ overdue: true });
    const list = (
      await t
        .http()
        .get(`/api/evaluations/${answer?.evaluationId}/requests`)
        .set(demoLiaison.auth)
        .expect(200)
    ).body as RequestBoard;
    expect(list.counts).toMatchObject({
      accepted: 1,
      submitted: 1,
      rejected: 1,
      more_requested: 1,
      waived: 1,
    });
    expect(list.counts.draft).toBe(0); // the team's unsent draft stays the team's
    expect(list.items.filter((item) => item.overdue).map((item) => item.title)).toEqual([
      '预算调整及追加批复文件',
    ]);
    expect(find(list, '年度部门预算批复文件')).toMatchObject({ status: 'rejected', round: 2 });
    const demoLead = await signIn(t, 'lead@firm.demo');
    const firmList = (
      await t.http().get(`/api/evaluations/${answer?.evaluationId}/requests`).set(demoLead.auth).expect(200)
    ).body as RequestBoard;
    expect(firmList.counts.draft).toBe(1);
    expect(firmList.canCreate).toBe(true);
  });

  it('enforces the parties at the SQL level, as the runtime role', async () => {
    const [item] = await asOrg<{ id: string }>(
      firm.id,
      `SELECT id FROM evaluation_request_item WHERE evaluation_id = $1 AND state = 'sent' LIMIT 1`,
      [evaluation.id],
    );
    // the unit cannot write the firm's decisions, nor add items
    const unitUpdate = await asOrg<{ id: string }>(
      unit.id,
      `UPDATE evaluation_request_item SET state = 'accepted' WHERE id = $1 RETURNING id`,
      [item.id],
    );
    expect(unitUpdate).toEqual([]);
    await expect(
      asOrg(
        unit.id,
        `INSERT INTO evaluation_request_item (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, seq, title, created_by)
         VALUES ($1, $2, $3, $4, 999, '伪造', $4)`,
        [bureau.id, evaluation.id, firm.id, unit.id],
      ),
    ).rejects.toThrow(/row-level security/);
    // the firm cannot write answers, nor forge the unit's history
    await expect(
      asOrg(
        firm.id,
        `INSERT INTO evaluation_request_answer (bureau_org_id, evaluation_id, item_id, round, firm_org_id, unit_org_id,
                                                explanation, updated_by, updated_by_name, submitted_at, submitted_by_name)
         VALUES ($1, $2, $3, 1, $4, $5, '伪造', $4, 'x', now(), 'x')`,
        [bureau.id, evaluation.id, item.id, firm.id, unit.id],
      ),
    ).rejects.toThrow(/row-level security/);
    // the history is append-only
    await expect(
      asOrg(firm.id, `DELETE FROM evaluation_request_event WHERE evaluation_id = $1`, [evaluation.id]),
    ).rejects.toThrow(/permission denied/);
    // a submitted answer is frozen, even for the unit
    const frozen = await asOrg<{ item_id: string }>(
      unit.id,
      `UPDATE evaluation_request_answer SET explanation = '改' WHERE evaluation_id = $1 AND submitted_at IS NOT NULL RETURNING item_id`,
      [evaluation.id],
    );
    expect(frozen).toEqual([]);
    // nothing of an archived evaluation changes (rolled back with the probe's transaction)
    await expect(
      asOrg(
        firm.id,
        `DO $$ BEGIN
           UPDATE evaluation SET status = 'archived' WHERE id = '${evaluation.id}';
           UPDATE evaluation_request_item SET title = title || '改' WHERE evaluation_id = '${evaluation.id}';
         END $$`,
      ),
    ).rejects.toThrow(/archived/);
    // the team's unsent drafts are its own
    const [drafts] = await asOrg<{ count: string }>(
      unit.id,
      `SELECT count(*) FROM evaluation_request_item WHERE evaluation_id = $1 AND state = 'draft'`,
      [evaluation.id],
    );
    expect(Number(drafts.count)).toBe(0);
    // a non-party sees nothing at all
    for (const table of [
      'evaluation_request_item',
      'evaluation_request_answer',
      'evaluation_request_file',
      'evaluation_request_event',
    ]) {
      const [seen] = await asOrg<{ count: string }>(strangerFirm.id, `SELECT count(*) FROM ${table}`);
      const [own] = await asOrg<{ count: string }>(
        unit.id,
        `SELECT count(*) FROM ${table} WHERE evaluation_id = $1`,
        [evaluation.id],
      );
      expect({ table, stranger: Number(seen.count) }).toEqual({ table, stranger: 0 });
      expect(Number(own.count)).toBeGreaterThan(0);
    }
  });
});
