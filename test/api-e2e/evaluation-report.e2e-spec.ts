import type { INestApplicationContext } from '@nestjs/common';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  EvaluationDetail,
  ReportDiff,
  ReportRenderStatus,
  ReportVersionDetail,
  ReportView,
} from '@jixiao/contracts';
import {
  ZHONGSHAN_2024_FIXTURE as fixture,
  ZHONGSHAN_2024_FRAMEWORK as framework,
  deductionReasonRequired,
  evaluate,
  type DocumentTable,
  type ReportDocument,
} from '@jixiao/domain';
import { an, type BuiltOrganisation } from '../factories';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import type { SignedIn, TestApp } from '../support/test-app';
import { isolatedDatabase } from '../support/isolated-database';
import { startTestApp } from '../support/test-app';
import { startTestWorker } from '../support/test-worker';
import { collectBytes } from '../support/collect-bytes';

/** The three judgement scores the report gives (酌情), kept as overrides with their reason. */
const JUDGEMENTS = ['2.4.1', '4.1.1', '4.2.1'] as const;

function details(response: { body: unknown }): string[] {
  return ((response.body as ErrorResponse).details ?? []).map((detail) => `${detail.field} ${detail.code}`);
}

function table(document: ReportDocument | null, anchor: string): DocumentTable {
  const found = document?.sections
    .flatMap((section) => section.blocks)
    .find((block): block is DocumentTable => block.kind === 'table' && block.anchor === anchor);
  if (!found) throw new Error(`no table ${anchor}`);
  return found;
}

describe('the evaluation report: model, gate, versions (issue 10)', () => {
  let t: TestApp;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluation: EvaluationDetail;
  let officer: SignedIn;
  let lead: SignedIn;
  let liaison: SignedIn;
  let runtime: RuntimeRole;
  let sent: ReportVersionDetail;
  const ruled = evaluate(
    framework,
    fixture.figures,
    fixture.observations,
    Object.fromEntries(JUDGEMENTS.map((id) => [id, fixture.overrides[id]])),
  );
  const nodes = new Map(ruled.nodes.map((node) => [node.id, node]));

  const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
  const report = async (who: SignedIn = lead) =>
    (await t.http().get(api('/report')).set(who.auth).expect(200)).body as ReportView;
  const saveRow = (indicatorId: string, body: Record<string, unknown>) =>
    t
      .http()
      .put(api(`/workbench/${indicatorId}`))
      .set(lead.auth)
      .send(body);
  const saveDraft = (body: Record<string, unknown>) =>
    t.http().put(api('/report/draft')).set(lead.auth).send(body);
  const saveVersion = (stage: string) =>
    t.http().post(api('/report/versions')).set(lead.auth).send({ stage });
  const transition = async (event: string) => {
    const detail = (await t.http().get(api('')).set(lead.auth).expect(200)).body as EvaluationDetail;
    return t.http().post(api('/transitions')).set(lead.auth).send({ event, version: detail.version });
  };

  let database: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;

  beforeAll(async () => {
    // Its render worker must not take the jobs suite's queued mails: a database of its own.
    database = await isolatedDatabase('jixiao_report');
    t = await startTestApp({}, { databaseUrl: database.url });
    runtime = await connectRuntimeRole(t.databaseUrl);
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').build(t);
    ({ evaluation, officer, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t));
    liaison = await unit.signIn('liaison');
    for (const [key, value] of Object.entries(fixture.figures)) {
      await t
        .http()
        .put(api(`/figures/${key}`))
        .set(liaison.auth)
        .send({ value: String(value), sourceNote: '2024年度部门决算报表', version: 0 })
        .expect(200);
      await t
        .http()
        .post(api(`/figures/${key}/verification`))
        .set(lead.auth)
        .send({ verification: 'verified', version: 1 })
        .expect(200);
    }
    for (const [id, value] of Object.entries(fixture.observations)) {
      const node = nodes.get(id);
      const response = await saveRow(id, {
        observations: { [id]: value },
        findings: `${id} 完成情况（依据报告）`,
        deductionReason: node && deductionReasonRequired(node) ? `${id} 扣分原因（依据报告）` : '',
        version: 0,
      });
      expect(response.status, `${id} ${JSON.stringify(response.body)}`).toBe(200);
    }
    for (const id of JUDGEMENTS) {
      await saveRow(id, { override: fixture.overrides[id], findings: '酌情评分', version: 0 }).expect(200);
    }
  });
  afterAll(async () => {
    await runtime?.client.end();
    await t?.close();
    await database?.drop();
  });

  describe('in fieldwork', () => {
    it('generates seed 1’s report whose 三 table and 附件1 agree with each other and with the rule-based result', async () => {
      const view = await report();
      expect(view.model?.scores.total).toBe('93.35');
      expect(view.model?.scores.grade).toBe('优');
      const level1 = table(view.document, 'table:level1');
      expect(level1.rows.map((row) => row.map((cell) => cell.text))).toEqual([
        ['前期决策', '20', '17.35', '86.75%'],
        ['过程管理', '43', '41', '95.35%'],
        ['产出', '24', '22', '91.67%'],
        ['效益', '13', '13', '100.00%'],
        ['合计', '100', '93.35', '优'],
      ]);
      const appendix = table(view.document, 'table:appendix1');
      const scoreOf = new Map(appendix.rows.map((row) => [row[0]?.text, row[5]?.text]));
      for (const node of ruled.nodes) expect(scoreOf.get(node.id), node.id).toBe(node.final ?? '—');
      for (const row of level1.rows.slice(0, 4)) {
        const id = ruled.level1.find((entry) => entry.name === row[0]?.text)?.id;
        expect(scoreOf.get(id ?? '')).toBe(row[2]?.text);
      }
      expect(appendix.rows.at(-1)?.map((cell) => cell.text)).toEqual([
        '合计',
        '100',
        '',
        '93.35',
        '评价等级：优',
      ]);
    });

    it('blocks on deductions without a reason (scored from the figures alone, no row written yet)', async () => {
      const view = await report();
      expect(view.problems.filter((p) => p.severity === 'blocking').map((p) => [p.code, p.anchor])).toEqual([
        ['report.gate.deduction_reason_missing', 'indicator:1.1.1.2'],
        ['report.gate.deduction_reason_missing', 'indicator:2.1.1'],
      ]);
      await saveRow('1.1.1.2', { deductionReason: '预算调整率16.50%，超出10%的部分扣分', version: 0 }).expect(
        200,
      );
      await saveRow('2.1.1', { deductionReason: '预算调整率16.50%，落在10%–40%档', version: 0 }).expect(200);
      expect((await report()).problems.filter((p) => p.severity === 'blocking')).toEqual([]);
    });

    it('lists the departures seed 1 contains when the report’s own scores are entered as overrides', async () => {
      for (const id of ['1.1.1.2', '3.1.3']) {
        const row = (await t.http().get(api('/workbench')).set(lead.auth).expect(200)).body as {
          rows: { indicatorId: string; version: number }[];
        };
        const version = row.rows.find((entry) => entry.indicatorId === id)?.version ?? 0;
        const saved = await saveRow(id, { override: fixture.overrides[id], version });
        expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      }
      const departures = (await report()).problems.filter((p) => p.code === 'report.gate.override_departs');
      expect(departures.map((p) => p.message)).toEqual([
        '指标 1.1.1.2「资金调整、调剂规范性」按评分规则得 2.35 分，报告采用 2.4 分（理由：报告所列得分）',
        expect.stringMatching(/^指标 3\.1\.3「.+」按评分规则得 4 分，报告采用 6 分（理由：报告所列得分）$/),
      ]);
      for (const id of ['1.1.1.2', '3.1.3']) {
        const row = (await t.http().get(api('/workbench')).set(lead.auth).expect(200)).body as {
          rows: { indicatorId: string; version: number }[];
        };
        const version = row.rows.find((entry) => entry.indicatorId === id)?.version ?? 0;
        await saveRow(id, { override: null, version }).expect(200);
      }
      expect((await report()).model?.scores.total).toBe('93.35');
    });

    it('refuses to save a version before the draft phase', async () => {
      const response = await saveVersion('draft');
      expect(response.status).toBe(409);
      expect(details(response)).toEqual(['action evaluation.wrong_phase']);
    });

    it('closes fieldwork; SEND_FOR_FEEDBACK is refused until a version of the draft exists', async () => {
      expect((await transition('CLOSE_FIELDWORK')).status).toBe(200);
      const refused = await transition('SEND_FOR_FEEDBACK');
      expect(refused.status).toBe(409);
      expect(details(refused)).toEqual(['event evaluation.draft_missing']);
    });
  });

  describe('in draft', () => {
    let first: ReportVersionDetail;
    let second: ReportVersionDetail;

    it('saves the narrative with placeholders, refuses a stale or malformed one', async () => {
      const view = await report();
      expect(view.canWrite).toBe(true);
      expect(view.stages).toEqual(['draft', 'for_feedback']);
      const narrative = {
        ...view.draft?.narrative,
        slots: {
          abstract:
            '预算执行率为{{measure.budget_execution_rate}}，综合得分{{total}}分，评价等级为{{grade}}。',
        },
      };
      const saved = (await saveDraft({ narrative, version: 0 }).expect(200)).body as ReportView;
      expect(saved.draft?.version).toBe(1);
      const abstract = saved.document?.sections[0]?.blocks.find(
        (block) => block.kind === 'paragraph' && block.anchor === 'slot:abstract',
      );
      expect(abstract?.kind === 'paragraph' ? abstract.runs.map((run) => run.text).join('') : '').toBe(
        '预算执行率为100.00%，综合得分93.35分，评价等级为优。',
      );
      const stale = await saveDraft({ narrative, version: 0 });
      expect(stale.status).toBe(409);
      expect((stale.body as ErrorResponse).code).toBe('REPORT_CONFLICT');
      const malformed = await saveDraft({ narrative: { slots: { abstract: 7 }, problems: [] }, version: 1 });
      expect(malformed.status).toBe(400);
      expect(details(malformed)).toEqual(['narrative.slots.abstract report.narrative.not_text']);
      expect((malformed.body as ErrorResponse).details?.[0]?.message).toBe('请填写文字');
    });

    it('saves an immutable draft version with its content hash, hidden from the bureau and the unit', async () => {
      first = (await saveVersion('draft').expect(201)).body as ReportVersionDetail;
      expect(first.seq).toBe(1);
      expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect([first.total, first.grade]).toEqual(['93.35', '优']);
      for (const who of [officer, liaison]) {
        expect((await report(who)).versions).toEqual([]);
        await t
          .http()
          .get(api(`/report/versions/${first.id}`))
          .set(who.auth)
          .expect(404);
      }
      expect(
        (
          await t
            .http()
            .put(api(`/report/versions/${first.id}`))
            .set(lead.auth)
            .send({})
        ).status,
      ).toBe(404);
      expect(
        (
          await t
            .http()
            .delete(api(`/report/versions/${first.id}`))
            .set(lead.auth)
        ).status,
      ).toBe(404);
    });

    it('keeps versions immutable at the SQL level, as the runtime role', async () => {
      await expect(
        runtime.query(
          { organisationId: firm.id },
          `UPDATE evaluation_report_version SET total = 95.4 WHERE evaluation_id = $1`,
          [evaluation.id],
        ),
      ).rejects.toThrow(/permission denied|immutable/);
      await expect(
        runtime.query(
          { organisationId: firm.id },
          `DELETE FROM evaluation_report_version WHERE evaluation_id = $1`,
          [evaluation.id],
        ),
      ).rejects.toThrow(/permission denied|immutable/);
      const [count] = await runtime.query<{ count: string }>(
        { organisationId: bureau.id },
        `SELECT count(*) FROM evaluation_report_version WHERE evaluation_id = $1`,
        [evaluation.id],
      );
      expect(Number(count?.count)).toBe(0);
    });

    it('blocks SEND_FOR_FEEDBACK and a for_feedback version on an unresolved placeholder and a hand-typed total', async () => {
      const view = await report();
      const narrative = {
        ...view.draft?.narrative,
        slots: { ...view.draft?.narrative.slots, conclusion: '综合得分95.4分。执行率{{measure.no_such}}。' },
      };
      await saveDraft({ narrative, version: view.draft?.version }).expect(200);
      const gated = await saveVersion('for_feedback');
      expect(gated.status).toBe(409);
      expect((gated.body as ErrorResponse).code).toBe('REPORT_INCONSISTENT');
      expect(details(gated).sort()).toEqual(
        [
          'report.slot:conclusion report.gate.placeholder_unresolved',
          'report.slot:conclusion report.gate.typed_figure_differs',
        ].sort(),
      );
      second = (await saveVersion('draft').expect(201)).body as ReportVersionDetail;
      const refused = await transition('SEND_FOR_FEEDBACK');
      expect(refused.status).toBe(409);
      expect(details(refused)).toEqual([
        'event evaluation.report_inconsistent',
        'report.slot:conclusion report.gate.placeholder_unresolved',
        'report.slot:conclusion report.gate.typed_figure_differs',
      ]);
    });

    it('shows what changed between two versions: text by paragraph, scores side by side', async () => {
      const diff = (
        await t
          .http()
          .get(api(`/report/diff?from=${first.id}&to=${second.id}`))
          .set(lead.auth)
          .expect(200)
      ).body as ReportDiff;
      expect(diff.text).toEqual([
        {
          place: '三、绩效评价综合情况及结论',
          before: null,
          after: '综合得分95.4分。执行率{{measure.no_such}}。',
        },
      ]);
      expect(diff.scores).toEqual([]);
    });

    it('sends the report for feedback once the gate passes; the bureau and unit then see that version', async () => {
      const view = await report();
      const narrative = {
        ...view.draft?.narrative,
        slots: { ...view.draft?.narrative.slots, conclusion: '综合得分{{total}}分。' },
      };
      await saveDraft({ narrative, version: view.draft?.version }).expect(200);
      sent = (await saveVersion('for_feedback').expect(201)).body as ReportVersionDetail;
      expect(sent.document.cover.versionLabel).toBe('交换意见稿');
      expect((await transition('SEND_FOR_FEEDBACK')).status).toBe(200);
      for (const who of [officer, liaison]) {
        const seen = await report(who);
        expect(seen.versions.map((version) => version.stage)).toEqual(['for_feedback']);
        expect(seen.model).toBeNull();
        const detail = (
          await t
            .http()
            .get(api(`/report/versions/${sent.id}`))
            .set(who.auth)
            .expect(200)
        ).body as ReportVersionDetail;
        expect(detail.contentHash).toBe(sent.contentHash);
      }
    });
  });

  describe('downloads', () => {
    let worker: INestApplicationContext | undefined;
    const files = (path: string) => api(`/report/versions/${sent.id}${path}`);
    const bytes = (who: SignedIn, format: string) =>
      t
        .http()
        .get(files(`/files/${format}`))
        .set(who.auth)
        .buffer(true)
        .parse(collectBytes);
    afterAll(async () => worker?.close());

    it('renders Word, PDF and the scoring table as a job with progress, then serves them from storage', async () => {
      expect((await bytes(liaison, 'docx')).status).toBe(404);
      for (const format of ['docx', 'pdf', 'xlsx']) {
        const queued = (await t.http().post(files('/renders')).set(liaison.auth).send({ format }).expect(202))
          .body as ReportRenderStatus[];
        expect(queued.find((entry) => entry.format === format)?.status).toBe('queued');
      }
      worker = await startTestWorker(t);
      const deadline = Date.now() + 150_000;
      let statuses: ReportRenderStatus[] = [];
      while (Date.now() < deadline) {
        statuses = (await t.http().get(files('/renders')).set(officer.auth).expect(200))
          .body as ReportRenderStatus[];
        if (statuses.every((entry) => entry.status === 'done' || entry.status === 'failed')) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(statuses.map((entry) => [entry.format, entry.status, entry.progress])).toEqual([
        ['docx', 'done', 100],
        ['pdf', 'done', 100],
        ['xlsx', 'done', 100],
      ]);
    }, 180_000);

    it('gives a .docx whose tables, totals, grade and placeholder values are the data’s', async () => {
      const response = await bytes(officer, 'docx').expect(200);
      expect(response.headers['content-type']).toContain('wordprocessingml');
      const { value: text } = await mammoth.extractRawText({ buffer: response.body as Buffer });
      expect(text).toContain('三、绩效评价综合情况及结论');
      expect(text).toContain('预算执行率为100.00%，综合得分93.35分，评价等级为优。');
      expect(text).toContain('交换意见稿');
      const { value: html } = await mammoth.convertToHtml({ buffer: response.body as Buffer });
      const cells = (row: string) =>
        [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
      const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => cells(m[1] ?? ''));
      expect(rows).toContainEqual(['前期决策', '20', '17.35', '86.75%']);
      expect(rows).toContainEqual(['合计', '100', '93.35', '优']);
    });

    it('gives a PDF converted from it with the same totals, and the scoring table as Excel', async () => {
      const pdf = (await bytes(liaison, 'pdf').expect(200)).body as Buffer;
      const parser = new PDFParse({ data: new Uint8Array(pdf) });
      const text = (await parser.getText()).text.replace(/\s+/g, '');
      await parser.destroy();
      expect(text).toContain('93.35');
      expect(text).toContain('17.35');
      const xlsx = await bytes(liaison, 'xlsx').expect(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      expect((xlsx.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');
    });
  });
});
