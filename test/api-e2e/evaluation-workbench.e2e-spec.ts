import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  EvaluationDetail,
  EvaluationFile,
  FigureView,
  FiguresOverview,
  SaveWorkbenchRowResponse,
  StoredScoreResult,
  WorkbenchRow,
  WorkbenchView,
} from '@jixiao/contracts';
import {
  ENGINE_VERSION,
  ZHONGSHAN_2024_FIXTURE as fixture,
  ZHONGSHAN_2024_FRAMEWORK as framework,
  deductionReasonRequired,
  evaluate,
} from '@jixiao/domain';
import { an, type BuiltOrganisation } from '../factories';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import type { SignedIn, TestApp } from '../support/test-app';
import { signIn, startTestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/** The three judgement scores the report gives (酌情), kept as overrides with their reason. */
const JUDGEMENTS = ['2.4.1', '4.1.1', '4.2.1'] as const;

const WORKBENCH_TABLES = [
  'evaluation_score',
  'evaluation_score_file',
  'evaluation_score_request',
  'evaluation_score_result',
] as const;

function codes(response: { body: unknown }): string[] {
  return ((response.body as ErrorResponse).details ?? []).map((detail) => `${detail.field} ${detail.code}`);
}

describe('fiscal figures and the scoring workbench (issue 9)', () => {
  let t: TestApp;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let outsider: BuiltOrganisation;
  let evaluation: EvaluationDetail;
  let officer: SignedIn;
  let lead: SignedIn;
  let evaluator: SignedIn;
  let liaison: SignedIn;
  let head: SignedIn;
  let stranger: SignedIn;
  let runtime: RuntimeRole;
  let source: EvaluationFile;
  /** A request item of this evaluation (资料清单), created in beforeAll. */
  let REQUEST_ITEM: string;
  const UNKNOWN_REQUEST_ITEM = '5b2f6a9e-3c1d-4e8f-9a7b-1c2d3e4f5a6b';

  const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
  const figures = async (who: SignedIn) =>
    (await t.http().get(api('/figures')).set(who.auth).expect(200)).body as FiguresOverview;
  const figure = async (who: SignedIn, key: string) => {
    const found = (await figures(who)).figures.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no figure ${key}`);
    return found;
  };
  const workbench = async (who: SignedIn = lead) =>
    (await t.http().get(api('/workbench')).set(who.auth).expect(200)).body as WorkbenchView;
  const save = (who: SignedIn, indicatorId: string, body: Record<string, unknown>) =>
    t
      .http()
      .put(api(`/workbench/${indicatorId}`))
      .set(who.auth)
      .send(body);

  beforeAll(async () => {
    t = await startTestApp();
    runtime = await connectRuntimeRole(t.databaseUrl);
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').withUser('head').build(t);
    outsider = await an.organisation('firm').withUser('team_lead').build(t);
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
    stranger = await outsider.signIn('team_lead');
    REQUEST_ITEM = (
      (
        await t
          .http()
          .post(api('/requests'))
          .set(lead.auth)
          .send({
            title: '内部控制制度汇编',
            reason: '核实内控制度',
            indicatorIds: ['2.2.1'],
            dueDate: null,
            required: true,
          })
          .expect(201)
      ).body as { id: string }
    ).id;
  });
  afterAll(async () => {
    await runtime?.client.end();
    await t?.close();
  });

  describe('figures', () => {
    it('lets the unit upload a source document and enter every fixture figure once, in 万元', async () => {
      source = (
        await t
          .http()
          .post(api('/files?purpose=figure_source'))
          .set(liaison.auth)
          .attach('file', PDF, { filename: '2024年部门决算报表.pdf', contentType: 'application/pdf' })
          .expect(201)
      ).body as EvaluationFile;
      expect(source.purpose).toBe('figure_source');
      for (const [key, value] of Object.entries(fixture.figures)) {
        // The unit mistypes the "三公" actual (27.2 for 2.72): the team will correct it.
        const entered = key === 'three_public_actual' ? '27.2' : String(value);
        const body =
          key === 'final_accounts'
            ? { value: entered, sourceFileId: source.id, version: 0 }
            : { value: entered, sourceNote: '2024年度部门决算报表', version: 0 };
        const response = await t
          .http()
          .put(api(`/figures/${key}`))
          .set(liaison.auth)
          .send(body);
        expect(response.status, key).toBe(200);
      }
      const stored = await figure(head, 'final_accounts');
      expect(stored).toMatchObject({
        value: '4184.69',
        sourceFileId: source.id,
        sourceFileName: '2024年部门决算报表.pdf',
        verification: 'pending',
        needed: true,
        version: 1,
      });
    });

    it('keeps questionnaire tallies as figures of their own', async () => {
      const keys = (await figures(liaison)).figures.map((f) => f.key);
      expect(keys).toEqual(
        expect.arrayContaining([
          'questionnaire_issued',
          'questionnaire_returned',
          'questionnaire_valid',
          'questionnaire_satisfied',
        ]),
      );
      await t
        .http()
        .put(api('/figures/questionnaire_issued'))
        .set(liaison.auth)
        .send({ value: '120', sourceNote: '问卷发放登记表', version: 0 })
        .expect(200);
    });

    it('refuses a figure without a source, a malformed amount and an unknown key with field errors', async () => {
      const noSource = await t
        .http()
        .put(api('/figures/staff_quota'))
        .set(liaison.auth)
        .send({ value: '50', version: 0 });
      expect(noSource.status).toBe(400);
      expect(codes(noSource)).toEqual(['sourceNote figure.source_required']);
      const malformed = await t
        .http()
        .put(api('/figures/staff_quota'))
        .set(liaison.auth)
        .send({ value: '1,234.5', sourceNote: 'x', version: 0 });
      expect(malformed.status).toBe(400);
      expect(codes(malformed)).toEqual(['value amount']);
      expect((malformed.body as ErrorResponse).details?.[0]?.message).toBe(
        '请输入不小于 0 的数字，最多 4 位小数',
      );
      const unknown = await t
        .http()
        .put(api('/figures/no_such_figure'))
        .set(liaison.auth)
        .send({ value: '1', sourceNote: 'x', version: 0 });
      expect(codes(unknown)).toEqual(['key figure.unknown_key']);
      const foreignFile = await t
        .http()
        .put(api('/figures/staff_quota'))
        .set(liaison.auth)
        .send({ value: '50', sourceFileId: '00000000-0000-4000-8000-000000000000', version: 0 });
      expect(codes(foreignFile)).toEqual(['sourceFileId figure.source_not_found']);
    });

    it('lets only the unit’s liaison or admin enter figures: the head reads, the firm and the bureau are refused', async () => {
      const body = { value: '1', sourceNote: 'x', version: 0 };
      for (const who of [head, lead, officer]) {
        const response = await t.http().put(api('/figures/staff_actual')).set(who.auth).send(body);
        expect(response.status).toBe(403);
      }
      expect((await figures(officer)).figures.length).toBeGreaterThan(30);
    });

    it('answers a stale figure version with 409 FIGURE_CONFLICT and the current value', async () => {
      const response = await t
        .http()
        .put(api('/figures/initial_budget'))
        .set(liaison.auth)
        .send({ value: '1', sourceNote: 'x', version: 0 });
      expect(response.status).toBe(409);
      const body = response.body as ErrorResponse;
      expect(body.code).toBe('FIGURE_CONFLICT');
      expect((body.current as FigureView).value).toBe('3592.06');
    });

    it('lists the needed figures the team has not verified', async () => {
      const overview = await figures(lead);
      expect(overview.unverified.map((f) => f.key)).toEqual(
        expect.arrayContaining(['initial_budget', 'final_budget', 'three_public_actual']),
      );
      expect(overview.figures.filter((f) => f.needed).map((f) => f.key)).toEqual(
        expect.arrayContaining(['initial_budget', 'fixed_assets_in_use']),
      );
    });

    it('lets the team verify, question with a comment and correct with a reason, keeping the unit’s value', async () => {
      const verify = (key: string, body: Record<string, unknown>) =>
        t
          .http()
          .post(api(`/figures/${key}/verification`))
          .set(evaluator.auth)
          .send(body);
      const noReason = await verify('three_public_actual', { verification: 'corrected', version: 1 });
      expect(codes(noReason)).toEqual(['comment figure.comment_required']);
      const noValue = await verify('three_public_actual', {
        verification: 'corrected',
        comment: '决算报表为2.72万元',
        version: 1,
      });
      expect(codes(noValue)).toEqual(['correctedValue figure.corrected_value_required']);
      const corrected = (
        await verify('three_public_actual', {
          verification: 'corrected',
          comment: '决算报表“三公”经费支出为2.72万元，填报时小数点错位',
          correctedValue: '2.72',
          version: 1,
        }).expect(200)
      ).body as FigureView;
      expect(corrected).toMatchObject({
        value: '27.2',
        correctedValue: '2.72',
        effectiveValue: '2.72',
        verification: 'corrected',
      });
      const questioned = (
        await verify('carryover_total', {
          verification: 'questioned',
          comment: '请提供结转结余明细表',
          version: 1,
        }).expect(200)
      ).body as FigureView;
      expect(questioned.verification).toBe('questioned');
      expect((await figures(lead)).unverified.map((f) => f.key)).toContain('carryover_total');
      for (const key of Object.keys(fixture.figures)) {
        const current = await figure(lead, key);
        if (current.verification === 'corrected') continue;
        await verify(key, { verification: 'verified', version: current.version }).expect(200);
      }
      expect((await figures(lead)).unverified).toEqual([]);
      // The unit may not verify; the firm may not enter.
      const unitVerifies = await t
        .http()
        .post(api('/figures/initial_budget/verification'))
        .set(liaison.auth)
        .send({ verification: 'verified', version: 2 });
      expect(unitVerifies.status).toBe(403);
    });

    it('keeps the project list of the unit with exact decimals', async () => {
      const created = await t
        .http()
        .post(api('/projects'))
        .set(liaison.auth)
        .send({ name: '老旧小区改造', budget: '120.5', actual: '118.3333', completion: 'completed' })
        .expect(201);
      const project = created.body as { id: string; budget: string; actual: string; version: number };
      expect([project.budget, project.actual]).toEqual(['120.5', '118.3333']);
      await t
        .http()
        .put(api(`/projects/${project.id}`))
        .set(liaison.auth)
        .send({ name: '老旧小区改造', budget: '120.5', actual: '119', completion: 'completed', version: 1 })
        .expect(200);
      const stale = await t
        .http()
        .put(api(`/projects/${project.id}`))
        .set(liaison.auth)
        .send({ name: '老旧小区改造', budget: '1', actual: '1', completion: 'completed', version: 1 });
      expect(stale.status).toBe(409);
      expect((await figures(officer)).projects.map((p) => [p.name, p.actual])).toEqual([
        ['老旧小区改造', '119'],
      ]);
    });
  });

  describe('the workbench', () => {
    const expected = evaluate(
      framework,
      fixture.figures,
      fixture.observations,
      Object.fromEntries(JUDGEMENTS.map((id) => [id, fixture.overrides[id]])),
    );
    const nodes = new Map(expected.nodes.map((node) => [node.id, node]));

    it('is the firm’s alone: the unit and the bureau are refused', async () => {
      for (const who of [liaison, head, officer]) {
        expect((await t.http().get(api('/workbench')).set(who.auth)).status).toBe(403);
        expect((await save(who, '1.2.2', { observations: { '1.2.2': 2 }, version: 0 })).status).toBe(403);
      }
    });

    it('lists every leaf as unscored before anything is scored', async () => {
      const view = await workbench();
      expect(view.engineVersion).toBe(ENGINE_VERSION);
      expect(view.stored).toBeNull();
      expect(view.unscored.map((u) => u.id)).toEqual(expect.arrayContaining(['2.4.1', '4.1.1', '4.2.1']));
      expect(view.figures['three_public_actual']).toBe('2.72');
    });

    it('requires a deduction reason when the score is below the weight', async () => {
      const response = await save(evaluator, '1.2.2', { observations: { '1.2.2': 2 }, version: 0 });
      expect(response.status).toBe(400);
      expect(codes(response)).toEqual(['deductionReason score.deduction_reason_required']);
      expect((response.body as ErrorResponse).details?.[0]?.message).toBe('得分低于分值，请填写扣分原因');
    });

    it('refuses an override without a reason and an observation of another indicator', async () => {
      const override = await save(lead, '2.4.1', { override: { score: '5', reason: ' ' }, version: 0 });
      expect(codes(override)).toEqual(['override.reason override.missing_reason']);
      const foreign = await save(lead, '2.4.1', { observations: { '1.2.2': 1 }, version: 0 });
      expect(codes(foreign)).toEqual(['observations.1.2.2 score.observation_foreign']);
    });

    it('scores seed 1 from its fixture figures and reaches the report’s rule-based result (93.35, 优)', async () => {
      for (const [id, value] of Object.entries(fixture.observations)) {
        const node = nodes.get(id);
        const body = {
          observations: { [id]: value },
          findings: `${id} 完成情况（依据报告）`,
          deductionReason: node && deductionReasonRequired(node) ? '依据报告扣分原因' : '',
          version: 0,
        };
        const response = await save(id.startsWith('1.1') ? lead : evaluator, id, body);
        expect(response.status, `${id} ${JSON.stringify(response.body)}`).toBe(200);
      }
      for (const id of JUDGEMENTS) {
        const override = fixture.overrides[id];
        await save(lead, id, { override, findings: '酌情评分', version: 0 }).expect(200);
      }
      const view = await workbench();
      const result = view.stored?.result;
      expect(result?.total).toBe('93.35');
      expect(result?.grade).toBe('优');
      expect(result?.level1.map((row) => row.score)).toEqual(['17.35', '41', '22', '13']);
      expect(result?.total).toBe(expected.total);
      expect(view.stored?.stale).toEqual([]);
      expect(view.stored?.engineVersion).toBe(ENGINE_VERSION);
      expect(view.unscored).toEqual([]);
      // The corrected "三公" figure (2.72, not the unit's 27.2) gives 2.1.3 its full 4.
      expect(result?.nodes.find((node) => node.id === '2.1.3')?.final).toBe('4');
      const stored = await withClient(t.databaseUrl, (client) =>
        client.query<{ total: string; grade: string }>(
          `SELECT total::text AS total, grade FROM evaluation_score_result WHERE evaluation_id = $1`,
          [evaluation.id],
        ),
      );
      expect(stored.rows).toEqual([{ total: '93.35', grade: '优' }]);
    });

    it('keeps the work of two evaluators saving different indicators at once', async () => {
      const before = await workbench();
      const version = (id: string) => before.rows.find((row) => row.indicatorId === id)?.version ?? 0;
      const [a, b] = await Promise.all([
        save(lead, '2.2.1', {
          findings: '制度健全（组长复核）',
          evidenceFileIds: [source.id],
          requestItemIds: [REQUEST_ITEM],
          referenceText: '内部控制制度汇编第3页',
          version: version('2.2.1'),
        }),
        save(evaluator, '2.2.2', { findings: '执行有效（评价人员）', version: version('2.2.2') }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      const after = await workbench();
      expect(after.rows.find((row) => row.indicatorId === '2.2.1')).toMatchObject({
        findings: '制度健全（组长复核）',
        evidenceFileIds: [source.id],
        requestItemIds: [REQUEST_ITEM],
        referenceText: '内部控制制度汇编第3页',
      });
      expect(after.rows.find((row) => row.indicatorId === '2.2.2')?.findings).toBe('执行有效（评价人员）');
    });

    it('refuses evidence naming a request item that is not in this evaluation, next to the field', async () => {
      const current = (await workbench()).rows.find((row) => row.indicatorId === '2.2.1');
      const response = await save(lead, '2.2.1', {
        requestItemIds: [UNKNOWN_REQUEST_ITEM],
        version: current?.version ?? 0,
      });
      expect(response.status).toBe(400);
      expect(codes(response)).toEqual(['requestItemIds.0 score.request_item_not_found']);
    });

    it('answers the same indicator saved twice from the same version with exactly one SCORE_CONFLICT', async () => {
      const before = await workbench();
      const version = before.rows.find((row) => row.indicatorId === '3.1.3')?.version ?? 0;
      const responses = await Promise.all([
        save(lead, '3.1.3', { findings: '组长：示范创建成效明显', version }),
        save(evaluator, '3.1.3', { findings: '评价人员：已开展示范创建', version }),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const refused = responses.find((r) => r.status === 409);
      const won = responses.find((r) => r.status === 200);
      expect((refused?.body as ErrorResponse).code).toBe('SCORE_CONFLICT');
      const current = (refused?.body as ErrorResponse).current as WorkbenchRow;
      expect(current.findings).toBe((won?.body as SaveWorkbenchRowResponse).row.findings);
      expect(current.version).toBe(version + 1);
      expect(current.updatedByName).toBeTruthy();
    });

    it('lets an indicator be explicitly unscored with a reason', async () => {
      const row = (await workbench()).rows.find((r) => r.indicatorId === '4.2.1');
      const saved = (
        await save(lead, '4.2.1', {
          override: null,
          unscoredReason: '问卷尚未回收，暂不评分',
          version: row?.version ?? 0,
        }).expect(200)
      ).body as SaveWorkbenchRowResponse;
      expect(saved.stored.result.total).toBeNull();
      expect((await workbench()).unscored).toEqual([]);
      await save(lead, '4.2.1', {
        override: fixture.overrides['4.2.1'],
        unscoredReason: null,
        version: saved.row.version,
      }).expect(200);
    });

    it('flags a stored result as stale when figures or the engine change, and never rewrites it silently', async () => {
      const current = await figure(liaison, 'fixed_assets_in_use');
      await t
        .http()
        .put(api('/figures/fixed_assets_in_use'))
        .set(liaison.auth)
        .send({ value: '1000', sourceNote: '资产卡片', version: current.version })
        .expect(200);
      let view = await workbench();
      expect(view.stored?.stale).toEqual(['figures']);
      expect(view.stored?.result.total).toBe('93.35');
      // An older engine's result stays as it was stored, flagged.
      await withClient(t.databaseUrl, (client) =>
        client.query(
          `UPDATE evaluation_score_result SET engine_version = '2020.1.1' WHERE evaluation_id = $1`,
          [evaluation.id],
        ),
      );
      view = await workbench();
      expect(view.stored?.stale).toEqual(['engine_version', 'figures']);
      expect(view.stored?.result.total).toBe('93.35');
      const recomputed = (await t.http().post(api('/workbench/recompute')).set(lead.auth).expect(200))
        .body as StoredScoreResult;
      expect(recomputed.engineVersion).toBe(ENGINE_VERSION);
      // 1000 / 2452.53 = 40.77% < 90%: 2.4.2 固定资产利用率 no longer scores its 4.
      expect(recomputed.result.total).not.toBe('93.35');
      expect((await workbench()).stored?.stale).toEqual([]);
      // The changed figure went back to the team.
      expect((await figure(lead, 'fixed_assets_in_use')).verification).toBe('pending');
    });

    it('hides every workbench row from the unit and the bureau at the SQL level, as the runtime role', async () => {
      for (const table of WORKBENCH_TABLES) {
        const count = async (organisationId: string) => {
          const [row] = await runtime.query<{ count: string }>(
            { organisationId },
            `SELECT count(*) FROM ${table} WHERE evaluation_id = $1`,
            [evaluation.id],
          );
          return Number(row?.count);
        };
        expect(await count(unit.id), `${table} as unit`).toBe(0);
        expect(await count(bureau.id), `${table} as bureau`).toBe(0);
        expect(await count(outsider.id), `${table} as outsider`).toBe(0);
        expect(await count(firm.id), table).toBeGreaterThan(0);
      }
      const [figureRows] = await runtime.query<{ count: string }>(
        { organisationId: bureau.id },
        `SELECT count(*) FROM evaluation_figure WHERE evaluation_id = $1`,
        [evaluation.id],
      );
      expect(Number(figureRows?.count)).toBeGreaterThan(0);
    });

    it('keeps each party to its own columns of a figure at the SQL level', async () => {
      await expect(
        runtime.query(
          { organisationId: firm.id },
          `UPDATE evaluation_figure SET value = 1 WHERE evaluation_id = $1 AND key = 'initial_budget'`,
          [evaluation.id],
        ),
      ).rejects.toThrow(/the firm does not enter figures/);
      await expect(
        runtime.query(
          { organisationId: unit.id },
          `UPDATE evaluation_figure SET verification = 'verified' WHERE evaluation_id = $1 AND key = 'fixed_assets_in_use'`,
          [evaluation.id],
        ),
      ).rejects.toThrow(/the unit does not verify figures/);
    });
  });

  describe('the demo evaluation in fieldwork (中山路 2024)', () => {
    it('has figures entered, verified, one questioned and one corrected, and part of the workbench scored', async () => {
      const demoLiaison = await signIn(t, 'liaison@zsl.demo');
      const demoLead = await signIn(t, 'lead@firm.demo');
      const page = (await t.http().get('/api/evaluations?status=fieldwork').set(demoLiaison.auth).expect(200))
        .body as { items: { id: string; title: string }[] };
      const demo = page.items.find((item) => item.title.includes('中山路街道办事处2024'));
      if (!demo) throw new Error('demo evaluation missing');
      const overview = (
        await t.http().get(`/api/evaluations/${demo.id}/figures`).set(demoLiaison.auth).expect(200)
      ).body as FiguresOverview;
      const states = overview.figures.map((f) => f.verification);
      expect(states.filter((s) => s === 'questioned')).toHaveLength(1);
      expect(states.filter((s) => s === 'corrected')).toHaveLength(1);
      expect(states.filter((s) => s === 'verified').length).toBeGreaterThan(5);
      const view = (
        await t.http().get(`/api/evaluations/${demo.id}/workbench`).set(demoLead.auth).expect(200)
      ).body as WorkbenchView;
      expect(view.rows.length).toBeGreaterThan(5);
      expect(view.unscored.length).toBeGreaterThan(0);
      // What the seed stored is what the API computes: not stale.
      expect(view.stored?.stale).toEqual([]);
      expect((await t.http().get(`/api/evaluations/${demo.id}/workbench`).set(demoLiaison.auth)).status).toBe(
        403,
      );
    });
  });

  describe('every new route refuses other organisations with 404', () => {
    const project = { name: '项目', budget: '1', actual: '1', completion: 'completed', version: 1 };
    it.each([
      ['get', '/figures', {}],
      ['put', '/figures/initial_budget', { value: '1', sourceNote: 'x', version: 1 }],
      ['post', '/figures/initial_budget/verification', { verification: 'verified', version: 1 }],
      ['post', '/projects', project],
      ['put', '/projects/00000000-0000-4000-8000-000000000000', project],
      ['delete', '/projects/00000000-0000-4000-8000-000000000000', {}],
      ['get', '/workbench', {}],
      ['put', '/workbench/1.2.2', { findings: 'x', version: 1 }],
      ['post', '/workbench/recompute', {}],
    ] as const)('%s %s', async (method, path, body) => {
      const response = await t.http()[method](api(path)).set(stranger.auth).send(body);
      expect(response.status).toBe(404);
    });
  });
  describe('closing fieldwork (评价实施结束)', () => {
    const close = async () => {
      const detail = (await t.http().get(`/api/evaluations/${evaluation.id}`).set(lead.auth).expect(200))
        .body as EvaluationDetail;
      return t
        .http()
        .post(`/api/evaluations/${evaluation.id}/transitions`)
        .set(lead.auth)
        .send({ event: 'CLOSE_FIELDWORK', version: detail.version });
    };
    const detailOf = async (who: SignedIn) =>
      (await t.http().get(`/api/evaluations/${evaluation.id}`).set(who.auth).expect(200))
        .body as EvaluationDetail;

    it('is refused while anything is missing, and the refusal names each missing thing', async () => {
      const before = await detailOf(lead);
      expect(before.fieldworkBlockers).toContainEqual({
        kind: 'request_open',
        id: REQUEST_ITEM,
        name: '内部控制制度汇编',
      });
      // Not the team's business elsewhere: the unit and the bureau are not shown the firm's checklist.
      expect((await detailOf(liaison)).fieldworkBlockers).toEqual([]);
      expect((await detailOf(officer)).fieldworkBlockers).toEqual([]);

      const refused = await close();
      expect(refused.status).toBe(409);
      const details = (refused.body as ErrorResponse).details ?? [];
      expect(details[0]).toMatchObject({ field: 'event', code: 'evaluation.fieldwork_incomplete' });
      expect(details[0]?.message).toContain('1 项必需资料未接受或豁免');
      expect(details.slice(1).map((detail) => detail.code)).toEqual(
        before.fieldworkBlockers.map((blocker) => `evaluation.fieldwork.${blocker.kind}`),
      );
      expect(details).toContainEqual(
        expect.objectContaining({
          field: 'fieldwork.request_open',
          message: '必需资料“内部控制制度汇编”尚未接受或豁免',
        }),
      );
    });

    it('closes once every required item is settled, every needed figure verified and every indicator decided', async () => {
      const requests = `/api/evaluations/${evaluation.id}/requests`;
      await t.http().post(`${requests}/send`).set(lead.auth).send({}).expect(200);
      const board = (await t.http().get(requests).set(lead.auth).expect(200)).body as {
        items: { id: string; version: number }[];
      };
      const item = board.items.find((candidate) => candidate.id === REQUEST_ITEM);
      await t
        .http()
        .post(`${requests}/${REQUEST_ITEM}/decisions`)
        .set(lead.auth)
        .send({ decision: 'waive', reason: '已在现场查阅纸质汇编', version: item?.version })
        .expect(200);

      for (const blocker of (await detailOf(lead)).fieldworkBlockers) {
        if (blocker.kind === 'figure_unverified') {
          const current = await figure(lead, blocker.id);
          await t
            .http()
            .post(api(`/figures/${blocker.id}/verification`))
            .set(lead.auth)
            .send({ verification: 'verified', version: current.version })
            .expect(200);
        } else if (blocker.kind === 'indicator_unscored') {
          const row = (await workbench()).rows.find((candidate) => candidate.indicatorId === blocker.id);
          await save(lead, blocker.id, {
            unscoredReason: '本年度无此项业务',
            version: row?.version ?? 0,
          }).expect(200);
        }
      }
      expect((await detailOf(lead)).fieldworkBlockers).toEqual([]);
      const closed = await close();
      expect(closed.status).toBe(200);
      expect((closed.body as EvaluationDetail).status).toBe('draft');
    });
  });
});
