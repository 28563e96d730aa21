import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'pg';
import type {
  Amendment,
  AmendmentApprover,
  DeliveryView,
  ErrorResponse,
  EvaluationDetail,
  ReportVersionDetail,
  ReportView,
} from '@jixiao/contracts';
import { ReminderSources } from '@jixiao/api-platform';
import { canonicalJson } from '@jixiao/domain';
import {
  an,
  bringToPhase,
  passReview,
  saveReportVersion,
  send,
  type BuiltOrganisation,
  type LifecyclePeople,
} from '../factories';
import { routeInventory } from '../support/route-inventory';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const ANY_ID = '00000000-0000-4000-8000-0000000000d1';

/**
 * Tables with an `evaluation_id` that take rows after archiving, each on purpose and each guarded by
 * its own triggers: the ARCHIVE history entry, amendments (insert-only), and the archive package
 * (inserted once archived, built by a job, then final).
 */
const WRITABLE_AFTER_ARCHIVE: Record<string, readonly string[]> = {
  evaluation_history: ['evaluation_history_frozen'],
  evaluation_amendment: ['evaluation_amendment_rules'],
  // The archive package: inserted only for an archived evaluation, final once ready, never deleted.
  evaluation_archive_package: ['archive_package_for_archived', 'archive_package_final'],
};
/** Not children of an evaluation: a user's inbox and the outbox, which announce the archiving itself. */
const NOT_EVALUATION_CHILDREN = ['notification'];

/** A valid request for every mutating route under an evaluation, so only the archive can refuse it. */
const MUTATING_BODIES: Record<string, { body?: object; query?: string }> = {
  'POST /api/evaluations/:id/transitions': { body: { event: 'CANCEL', version: 1, comment: '归档后' } },
  // Three-level review (三级复核, issue 11)
  'POST /api/evaluations/:id/review/notes': { body: { anchor: 'section:conclusion', body: '归档后' } },
  'POST /api/evaluations/:id/review/notes/:noteId/resolve': { body: { version: 1 } },
  'PUT /api/evaluations/:id/team': { body: { members: [] } },
  'POST /api/evaluations/:id/declaration': { body: { text: '归档后声明', confirmed: true } },
  'PUT /api/evaluations/:id/plan': {
    body: { purpose: 'x', basis: 'x', methods: 'x', schedule: 'x', risks: 'x', version: 1 },
  },
  'POST /api/evaluations/:id/framework': { body: { templateId: 'builtin-zhongshan-2024' } },
  'PUT /api/evaluations/:id/framework': { body: { framework: {}, version: 1 } },
  'POST /api/evaluations/:id/files': { query: '?purpose=issued_report' },
  'POST /api/evaluations/:id/work-papers': { body: { topic: '归档后', body: 'x' } },
  'PUT /api/evaluations/:id/work-papers/:paperId': {
    body: { body: 'x', reviewerUserId: null, version: 1 },
  },
  'POST /api/evaluations/:id/work-papers/:paperId/review': { body: { version: 1 } },
  'POST /api/evaluations/:id/work-papers/:paperId/attachments': {},
  'POST /api/evaluations/:id/requests': {
    body: { title: '归档后', reason: 'x', indicatorIds: [], dueDate: null, required: true },
  },
  'POST /api/evaluations/:id/requests/standard': {},
  'POST /api/evaluations/:id/requests/import': {},
  'POST /api/evaluations/:id/requests/send': {},
  'PUT /api/evaluations/:id/requests/:itemId': {
    body: { title: '归档后', reason: 'x', indicatorIds: [], dueDate: null, required: true, version: 1 },
  },
  'DELETE /api/evaluations/:id/requests/:itemId': { query: '?version=1' },
  'POST /api/evaluations/:id/requests/:itemId/decisions': {
    body: { decision: 'waive', reason: '归档后', version: 1 },
  },
  'PUT /api/evaluations/:id/requests/:itemId/answer': { body: { explanation: '归档后', version: 0 } },
  'POST /api/evaluations/:id/requests/:itemId/answer/files': {},
  'DELETE /api/evaluations/:id/requests/:itemId/answer/files/:fileId': {},
  'POST /api/evaluations/:id/requests/:itemId/answer/submit': { body: { version: 1 } },
  'PUT /api/evaluations/:id/figures/:key': { body: { value: '1', sourceNote: '归档后', version: 0 } },
  'POST /api/evaluations/:id/figures/:key/verification': { body: { verification: 'verified', version: 1 } },
  'POST /api/evaluations/:id/projects': {
    body: { name: '归档后', budget: '1', actual: '1', completion: 'completed' },
  },
  'PUT /api/evaluations/:id/projects/:projectId': {
    body: { name: '归档后', budget: '1', actual: '1', completion: 'completed', version: 1 },
  },
  'DELETE /api/evaluations/:id/projects/:projectId': {},
  'PUT /api/evaluations/:id/workbench/:indicatorId': { body: { findings: 'x', version: 0 } },
  'POST /api/evaluations/:id/workbench/recompute': {},
  'PUT /api/evaluations/:id/report/draft': {
    body: { narrative: { slots: {}, problems: [], waivers: {} }, version: 0 },
  },
  'POST /api/evaluations/:id/report/versions': { body: { stage: 'final_draft' } },
  'POST /api/evaluations/:id/report/versions/:versionId/renders': { body: { format: 'docx' } },
  // Feedback (征求意见, issue 11)
  'PUT /api/evaluations/:id/feedback/form': {
    body: { unitContact: '归档后', unitPhone: '0994-1234567', noOpinion: true, version: 1 },
  },
  'POST /api/evaluations/:id/feedback/opinions': { body: { anchor: 'slot:abstract', text: '归档后' } },
  'PUT /api/evaluations/:id/feedback/opinions/:opinionId': {
    body: { anchor: 'slot:abstract', text: '归档后', version: 1 },
  },
  'DELETE /api/evaluations/:id/feedback/opinions/:opinionId': { query: '?version=1' },
  'POST /api/evaluations/:id/feedback/sign': { body: { version: 1 } },
  'PUT /api/evaluations/:id/feedback/opinions/:opinionId/answer': {
    body: { decision: 'rejected', reason: '归档后', changeKeys: [], version: 0 },
  },
};
/**
 * Routes that may be sent to an archived evaluation on purpose (checked separately): an amendment adds
 * to it; verifying the archive package is a POST that changes nothing.
 */
const ADDS_TO_ARCHIVE = ['POST /api/evaluations/:id/amendments', 'POST /api/evaluations/:id/archive/verify'];

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The database's calendar day (`current_date`, which dates the deadlines), moved by `offsetDays`. */
let databaseToday = new Date();
function isoDay(offsetDays: number): string {
  return new Date(
    Date.UTC(
      databaseToday.getUTCFullYear(),
      databaseToday.getUTCMonth(),
      databaseToday.getUTCDate() + offsetDays,
    ),
  )
    .toISOString()
    .slice(0, 10);
}

describe('delivery: issue, acknowledge, archive deadline, freeze and amendments (issue 11)', () => {
  let t: TestApp;
  let runtime: RuntimeRole;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluation: EvaluationDetail;
  let officer: SignedIn;
  let lead: SignedIn;
  let firmAdmin: SignedIn;
  let liaison: SignedIn;
  let firstIssued: ReportVersionDetail;
  let people: LifecyclePeople;

  const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
  const delivery = async (who: SignedIn) =>
    (await t.http().get(api('/delivery')).set(who.auth).expect(200)).body as DeliveryView;
  const fresh = async (who: SignedIn = lead) =>
    (await t.http().get(api('')).set(who.auth).expect(200)).body as EvaluationDetail;
  const codes = (response: { body: unknown }) =>
    ((response.body as ErrorResponse).details ?? []).map((detail) => detail.code);

  beforeAll(async () => {
    t = await startTestApp();
    runtime = await connectRuntimeRole(t.databaseUrl);
    const [today] = await runtime.query<{ day: string }>({}, `SELECT current_date::text AS day`);
    databaseToday = new Date(`${today?.day ?? ''}T00:00:00Z`);
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
      .withUser('reviewer', '复核人甲')
      .withUser('reviewer', '复核人乙')
      .withUser('reviewer', '复核人丙')
      .withUser('archivist')
      .build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').withUser('head').build(t);
    ({ evaluation, officer, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t));
    firmAdmin = await firm.signIn('firm_admin');
    liaison = await unit.signIn('liaison');
    const reviewers: SignedIn[] = [];
    for (const user of firm.users.filter((candidate) => candidate.roles.includes('reviewer')))
      reviewers.push(await signIn(t, user.email));
    people = { lead, liaison, head: await unit.signIn('head'), reviewers, firmAdmin, officer };
    // The real steps: 交换意见稿, the unit's 无意见, the 终稿, three levels signed.
    evaluation = await bringToPhase(t, evaluation, people, 'review_signed');
  }, 240_000);
  afterAll(async () => {
    await runtime?.client.end();
    await t?.close();
  });

  describe('issue (出具)', () => {
    it('is the firm admin’s: the team lead is refused', async () => {
      expect(evaluation.status).toBe('review');
      const response = await t
        .http()
        .post(api('/transitions'))
        .set(lead.auth)
        .send({ event: 'ISSUE', version: evaluation.version });
      expect(response.status).toBe(403);
      expect(codes(response)).toContain('evaluation.wrong_role');
    });

    it('creates the issued version: the signed 终稿’s content, frozen, with its hash', async () => {
      const admin = await fresh(firmAdmin);
      expect(admin.availableEvents).toContain('ISSUE');
      evaluation = await send(t, firmAdmin, admin, 'ISSUE');
      expect(evaluation.status).toBe('issued');
      const view = await delivery(firmAdmin);
      expect(view.issuedVersion?.stage).toBe('issued');
      expect(view.issuedAt).not.toBeNull();
      expect(view.archiveDueDate).toBe(isoDay(60));
      expect(view.archiveOverdue).toBe(false);
      expect(view.canUploadSealedScan).toBe(true);
      const versionId = view.issuedVersion?.id ?? '';
      firstIssued = (
        await t
          .http()
          .get(api(`/report/versions/${versionId}`))
          .set(firmAdmin.auth)
          .expect(200)
      ).body as ReportVersionDetail;
      expect(firstIssued.contentHash).toBe(sha256(canonicalJson(firstIssued.model)));
      expect(firstIssued.model.options.versionLabel).toBe('');
      const versions = (
        (await t.http().get(api('/report')).set(firmAdmin.auth).expect(200)).body as ReportView
      ).versions;
      const signed = versions.find((version) => version.stage === 'final_draft');
      const signedModel = (
        (
          await t
            .http()
            .get(api(`/report/versions/${signed?.id}`))
            .set(firmAdmin.auth)
            .expect(200)
        ).body as ReportVersionDetail
      ).model;
      // The same content as the 终稿, only the cover's stage label differs.
      expect({ ...firstIssued.model, options: signedModel.options }).toEqual(signedModel);
      const history = (await fresh(officer)).history;
      expect(history.at(-1)).toMatchObject({ event: 'ISSUE', to: 'issued' });
    });

    it('lets the bureau and the unit see and read the issued version', async () => {
      for (const party of [officer, liaison]) {
        const view = await delivery(party);
        expect(view.issuedVersion?.contentHash).toBe(firstIssued.contentHash);
        expect(view.canUploadSealedScan).toBe(false);
        expect(view.canAmend).toBe(false);
        const read = (
          await t
            .http()
            .get(api(`/report/versions/${firstIssued.id}`))
            .set(party.auth)
            .expect(200)
        ).body as ReportVersionDetail;
        expect(read.contentHash).toBe(firstIssued.contentHash);
      }
    });

    it('keeps the issued version immutable, even for the runtime role', async () => {
      await expect(
        runtime.query(
          { organisationId: firm.id },
          `UPDATE evaluation_report_version SET grade = '差' WHERE id = $1`,
          [firstIssued.id],
        ),
      ).rejects.toThrow(/permission denied|immutable/);
    });

    it('takes the scan of the sealed report from the firm admin only, and shows it to every party', async () => {
      await t
        .http()
        .post(api('/files?purpose=issued_report'))
        .set(lead.auth)
        .attach('file', PDF, { filename: '评价报告（盖章版）.pdf', contentType: 'application/pdf' })
        .expect(403);
      await t
        .http()
        .post(api('/files?purpose=issued_report'))
        .set(firmAdmin.auth)
        .attach('file', PDF, { filename: '评价报告（盖章版）.pdf', contentType: 'application/pdf' })
        .expect(201);
      for (const party of [officer, liaison, firmAdmin]) {
        const scans = (await delivery(party)).sealedScans;
        expect(scans.map((scan) => [scan.name, scan.sha256])).toEqual([
          ['评价报告（盖章版）.pdf', createHash('sha256').update(PDF).digest('hex')],
        ]);
      }
    });

    it('refuses an amendment before the evaluation is archived', async () => {
      const response = await t
        .http()
        .post(api('/amendments'))
        .set(firmAdmin.auth)
        .send({
          correction: '更正',
          reason: '原因',
          conclusionImpact: '无影响',
          conclusionsChanged: false,
          approverUserId: firm.user('reviewer').id,
        });
      expect(response.status).toBe(409);
      expect((response.body as ErrorResponse).code).toBe('AMENDMENT_REFUSED');
    });
  });

  describe('acknowledge (验收) or return', () => {
    it('needs a reason to return; a return sends the report back to the final draft', async () => {
      const current = await fresh(officer);
      expect(current.availableEvents).toEqual(expect.arrayContaining(['ACKNOWLEDGE', 'RETURN_ISSUED']));
      const bare = await t
        .http()
        .post(api('/transitions'))
        .set(officer.auth)
        .send({ event: 'RETURN_ISSUED', version: current.version });
      expect(bare.status).toBe(409);
      expect(codes(bare)).toContain('evaluation.comment_required');
      evaluation = await send(t, officer, current, 'RETURN_ISSUED', {
        comment: '报告第三部分数据与附件1不一致',
      });
      expect(evaluation.status).toBe('final_draft');
      expect(evaluation.history.at(-1)).toMatchObject({
        event: 'RETURN_ISSUED',
        to: 'final_draft',
        comment: '报告第三部分数据与附件1不一致',
      });
      const view = await delivery(officer);
      expect(view.issuedAt).toBeNull();
      expect(view.archiveDueDate).toBeNull();
    });

    it('issues again (a new issued version) and the bureau acknowledges receipt', async () => {
      // A new 终稿 and a new review round, signed again at every level.
      await saveReportVersion(t, evaluation, lead, 'final_draft');
      evaluation = await passReview(t, evaluation, people);
      evaluation = await send(t, firmAdmin, await fresh(firmAdmin), 'ISSUE');
      const reissued = (await delivery(firmAdmin)).issuedVersion;
      expect(reissued?.seq).toBeGreaterThan(firstIssued.seq);
      evaluation = await send(t, officer, await fresh(officer), 'ACKNOWLEDGE');
      expect(evaluation.status).toBe('acknowledged');
      expect(evaluation.history.at(-1)).toMatchObject({ event: 'ACKNOWLEDGE', to: 'acknowledged' });
      const view = await delivery(liaison);
      expect(view.acknowledgedAt).not.toBeNull();
      expect(view.archiveDueDate).toBe(isoDay(60));
    });

    it('reminds the firm’s admins and archivists of the archive deadline', async () => {
      const source = t.app
        .get(ReminderSources)
        .all()
        .find((candidate) => candidate.name === 'evaluation-archive-due');
      if (!source) throw new Error('archive reminder source not registered');
      const reminders = await withClient(t.databaseUrl, (client: Client) =>
        source.remindersFor(isoDay(57), {
          query: async <T>(sql: string, params?: readonly unknown[]) =>
            (await client.query(sql, params ? [...params] : [])).rows as T[],
        }),
      );
      const mine = reminders.find((reminder) => reminder.itemKey.includes(evaluation.id));
      expect(mine?.deliveries.notifications.map((n) => n.userId).sort()).toEqual(
        [firm.user('firm_admin').id, firm.user('archivist').id].sort(),
      );
      expect(mine?.deliveries.notifications[0]?.text).toEqual({
        code: 'notification.archive_due_soon',
        params: { title: evaluation.title, dueDate: isoDay(60), days: 3 },
      });
    });
  });

  describe('archived (归档): frozen', () => {
    let before: string;

    /** Every row of the evaluation in every table that has an `evaluation_id`, plus the evaluation row. */
    async function evaluationChecksum(): Promise<string> {
      return withClient(t.databaseUrl, async (client) => {
        const tables = await childTables(client);
        const parts: string[] = [];
        for (const table of ['evaluation', ...tables]) {
          const column = table === 'evaluation' ? 'id' : 'evaluation_id';
          const [row] = (
            await client.query(
              `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum
                 FROM ${table} t WHERE ${column} = $1`,
              [evaluation.id],
            )
          ).rows as { n: number; sum: string | null }[];
          parts.push(`${table}:${row?.n}:${row?.sum}`);
        }
        return parts.join(',');
      });
    }

    beforeAll(async () => {
      evaluation = await send(t, firmAdmin, await fresh(firmAdmin), 'ARCHIVE');
      before = await evaluationChecksum();
    });

    it('records the archiving date and a retention period of at least 10 years', async () => {
      expect(evaluation.status).toBe('archived');
      const view = await delivery(officer);
      expect(view.archivedAt).not.toBeNull();
      expect(view.retainUntil).toBe(isoDay(0).replace(/^\d{4}/, (year) => String(Number(year) + 10)));
      expect(view.archiveOverdue).toBe(false);
      expect(evaluation.history.at(-1)).toMatchObject({ event: 'ARCHIVE', to: 'archived' });
    });

    it('refuses every mutating route under the evaluation with 409 EVALUATION_ARCHIVED, changing nothing', async () => {
      const mutating = routeInventory(t.app)
        .filter((route) => route.path.startsWith('/api/evaluations/:id') && route.method !== 'GET')
        .map((route) => `${route.method} ${route.path}`)
        .filter((route) => !ADDS_TO_ARCHIVE.includes(route))
        .sort();
      // A new mutating route needs a valid request here, so only the archive can refuse it.
      expect(mutating).toEqual(Object.keys(MUTATING_BODIES).sort());
      const outcomes: string[] = [];
      for (const who of [firmAdmin, lead, officer, liaison]) {
        for (const [route, probe] of Object.entries(MUTATING_BODIES)) {
          const [method = '', pattern = ''] = route.split(' ');
          const path = pattern
            .replace(':id', evaluation.id)
            .replace(':key', 'budget_final')
            .replace(':format', 'docx')
            .replace(/:[A-Za-z]+/g, ANY_ID);
          const response = await t
            .http()
            [method.toLowerCase() as 'post'](path + (probe.query ?? ''))
            .set(who.auth)
            .send(probe.body ?? {});
          const code = (response.body as ErrorResponse).code;
          if (response.status !== 409 || code !== 'EVALUATION_ARCHIVED')
            outcomes.push(`${who.session.user.email} ${route} → ${response.status} ${code}`);
        }
      }
      expect(outcomes).toEqual([]);
      expect(await evaluationChecksum()).toBe(before);
    });

    it('has the freeze trigger on every table with an evaluation_id (new tables included)', async () => {
      const missing = await withClient(t.databaseUrl, async (client) => {
        const tables = await childTables(client);
        // Work, requests, figures, scores, papers, report and delivery tables at least.
        expect(tables.length).toBeGreaterThanOrEqual(20);
        expect(tables).toEqual(expect.arrayContaining(['evaluation_report_version', 'evaluation_amendment']));
        const unguarded: string[] = [];
        for (const table of tables) {
          const expected = WRITABLE_AFTER_ARCHIVE[table] ?? ['evaluation_child_frozen'];
          // Together, the expected BEFORE triggers cover INSERT (4), DELETE (8) and UPDATE (16).
          const { rows } = await client.query<{ operations: number | null }>(
            `SELECT bit_or(tg.tgtype & 28)::int AS operations FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid
              WHERE tg.tgrelid = $1::regclass AND NOT tg.tgisinternal AND p.proname = ANY($2)
                AND (tg.tgtype & 2) <> 0          -- BEFORE`,
            [table, expected],
          );
          if (rows[0]?.operations !== 28) unguarded.push(`${table} (${expected.join(', ')})`);
        }
        return unguarded;
      });
      expect(missing).toEqual([]);
    });

    it('refuses direct UPDATE, DELETE and INSERT on every child table as the runtime role', async () => {
      const tables = await withClient(t.databaseUrl, childTables);
      const changed: string[] = [];
      let refused = 0;
      for (const organisationId of [firm.id, bureau.id, unit.id]) {
        for (const table of tables) {
          for (const sql of [
            `UPDATE ${table} SET evaluation_id = evaluation_id WHERE evaluation_id = $1`,
            `DELETE FROM ${table} WHERE evaluation_id = $1`,
          ]) {
            try {
              const rows = await runtime.query({ organisationId }, `${sql} RETURNING 1`, [evaluation.id]);
              if (rows.length > 0) changed.push(`${organisationId} ${sql}`);
            } catch (error) {
              expect(String(error)).toMatch(/archived|permission denied|insert-only/);
              refused += 1;
            }
          }
        }
      }
      expect(changed).toEqual([]);
      expect(refused).toBeGreaterThan(tables.length);
      // An insert of a child row for the archived evaluation, as the firm: refused by the trigger.
      await expect(
        runtime.query(
          { organisationId: firm.id },
          `INSERT INTO evaluation_member (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, user_id,
                                          display_name, team_role, added_by)
           VALUES ($1, $2, $3, $4, $5, 'x', 'evaluator', $5)`,
          [bureau.id, evaluation.id, firm.id, unit.id, firm.user('reviewer').id],
        ),
      ).rejects.toThrow(/archived/);
      // A later history entry: refused (only the ARCHIVE entry itself was taken).
      await expect(
        runtime.query(
          { organisationId: firm.id },
          `INSERT INTO evaluation_history (bureau_org_id, evaluation_id, seq, firm_org_id, unit_org_id,
             actor_user_id, actor_org_id, actor_name, actor_org_name, event, from_status, to_status)
           VALUES ($1, $2, 999, $3, $4, $5, $3, 'x', 'x', 'ARCHIVE', 'archived', 'archived')`,
          [bureau.id, evaluation.id, firm.id, unit.id, firm.user('firm_admin').id],
        ),
      ).rejects.toThrow(/archived/);
    });

    it('refuses to update or delete the archived evaluation row, even as the owner', async () => {
      const rows = await runtime.query(
        { organisationId: firm.id },
        `UPDATE evaluation SET title = '改' WHERE id = $1 RETURNING 1`,
        [evaluation.id],
      );
      expect(rows).toEqual([]);
      await withClient(t.databaseUrl, async (client) => {
        await expect(
          client.query(`UPDATE evaluation SET title = '改' WHERE id = $1`, [evaluation.id]),
        ).rejects.toThrow(/archived/);
        await expect(client.query(`DELETE FROM evaluation WHERE id = $1`, [evaluation.id])).rejects.toThrow(
          /archived/,
        );
      });
      expect(await evaluationChecksum()).toBe(before);
    });
  });

  describe('amendments (更正记录)', () => {
    const amendment = {
      correction: '附件1中指标2.4.1的评分依据表述更正为“预算调整率3.2%”',
      reason: '归档后复查发现笔误',
      conclusionImpact: '不影响评分与等级',
      conclusionsChanged: false,
    };

    it('offers the firm’s reviewers as approvers, never the author', async () => {
      const approvers = (await t.http().get(api('/amendments/approvers')).set(firmAdmin.auth).expect(200))
        .body as AmendmentApprover[];
      expect(approvers.map((approver) => approver.userId).sort()).toEqual(
        firm.users
          .filter((user) => user.roles.includes('reviewer'))
          .map((user) => user.id)
          .sort(),
      );
      await t.http().get(api('/amendments/approvers')).set(liaison.auth).expect(403);
    });

    it('needs an approving reviewer who is not the author', async () => {
      for (const approverUserId of [firm.user('evaluator').id, firm.user('firm_admin').id, ANY_ID]) {
        const response = await t
          .http()
          .post(api('/amendments'))
          .set(firmAdmin.auth)
          .send({ ...amendment, approverUserId });
        expect(response.status).toBe(400);
        expect(codes(response)).toEqual(['amendment.approver_not_reviewer']);
      }
    });

    it('is refused to the unit, the bureau and a firm evaluator', async () => {
      const evaluator = await firm.signIn('evaluator');
      for (const who of [liaison, officer, evaluator]) {
        const response = await t
          .http()
          .post(api('/amendments'))
          .set(who.auth)
          .send({ ...amendment, approverUserId: firm.user('reviewer').id });
        expect(response.status).toBe(403);
      }
    });

    it('is added by the firm admin, never edits the original, and is listed for every party', async () => {
      const before = (await t.http().get(api('')).set(officer.auth).expect(200)).body as EvaluationDetail;
      const created = (
        await t
          .http()
          .post(api('/amendments'))
          .set(firmAdmin.auth)
          .send({ ...amendment, approverUserId: firm.user('reviewer').id })
          .expect(201)
      ).body as Amendment;
      expect(created).toMatchObject({
        seq: 1,
        ...amendment,
        authorName: firm.user('firm_admin').displayName,
        approverName: firm.user('reviewer').displayName,
      });
      const second = (
        await t
          .http()
          .post(api('/amendments'))
          .set(lead.auth)
          .send({ ...amendment, conclusionsChanged: true, approverUserId: firm.user('reviewer').id })
          .expect(201)
      ).body as Amendment;
      expect(second.seq).toBe(2);
      for (const party of [officer, liaison, lead]) {
        expect((await delivery(party)).amendments.map((entry) => entry.id)).toEqual([created.id, second.id]);
      }
      const after = (await t.http().get(api('')).set(officer.auth).expect(200)).body as EvaluationDetail;
      expect(after.version).toBe(before.version);
      expect(after.history).toEqual(before.history);
    });

    it('is insert-only, for the runtime role and the owner alike', async () => {
      for (const sql of [
        `UPDATE evaluation_amendment SET reason = '改' WHERE evaluation_id = $1`,
        `DELETE FROM evaluation_amendment WHERE evaluation_id = $1`,
      ]) {
        await expect(runtime.query({ organisationId: firm.id }, sql, [evaluation.id])).rejects.toThrow(
          /permission denied/,
        );
        await withClient(t.databaseUrl, async (client) => {
          await expect(client.query(sql, [evaluation.id])).rejects.toThrow(/insert-only/);
        });
      }
      // The approver must be a reviewer and not the author, also against raw SQL.
      await expect(
        runtime.query(
          { organisationId: firm.id },
          `INSERT INTO evaluation_amendment (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, seq, correction,
             reason, conclusion_impact, conclusions_changed, author_user_id, author_name, approver_user_id, approver_name)
           VALUES ($1, $2, $3, $4, 9, 'x', 'x', 'x', false, $5, 'x', $6, 'x')`,
          [bureau.id, evaluation.id, firm.id, unit.id, firm.user('firm_admin').id, firm.user('evaluator').id],
        ),
      ).rejects.toThrow(/not a reviewer/);
    });
  });
});

/** Every table with an `evaluation_id` column, except those that are not an evaluation's children. */
async function childTables(client: Client): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND c.column_name = 'evaluation_id' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name`,
  );
  return (rows as { table_name: string }[])
    .map((row) => row.table_name)
    .filter((table) => !NOT_EVALUATION_CHILDREN.includes(table));
}
