import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  EvaluationDetail,
  FeedbackView,
  ReportVersionDetail,
  ReportView,
  TodoItem,
} from '@jixiao/contracts';
import type { DocumentTable, ReportDocument } from '@jixiao/domain';
import { OutboxPlanners, OwnerDatabase, ReminderSources } from '@jixiao/api-platform';
import { an, sendForFeedback, type BuiltOrganisation } from '../factories';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { startTestApp, type SignedIn, type TestApp } from '../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

function details(response: { body: unknown }): string[] {
  return ((response.body as ErrorResponse).details ?? []).map((detail) => `${detail.field} ${detail.code}`);
}

function table(document: ReportDocument, anchor: string): string[][] {
  const found = document.sections
    .flatMap((section) => section.blocks)
    .find((block): block is DocumentTable => block.kind === 'table' && block.anchor === anchor);
  if (!found) throw new Error(`no table ${anchor}`);
  return found.rows.map((row) => row.map((cell) => cell.text));
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('feedback on the 交换意见稿 (征求意见, issue 11)', () => {
  let t: TestApp;
  let runtime: RuntimeRole;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluation: EvaluationDetail;
  let officer: SignedIn;
  let lead: SignedIn;
  let liaison: SignedIn;
  let head: SignedIn;
  let sent: ReportVersionDetail;
  const outsiders: SignedIn[] = [];
  const outsiderOrgs: string[] = [];
  const opinionIds: { indicator: string; section: string; bureau: string } = {
    indicator: '',
    section: '',
    bureau: '',
  };

  const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
  const view = async (who: SignedIn) =>
    (await t.http().get(api('/feedback')).set(who.auth).expect(200)).body as FeedbackView;
  const todo = async (who: SignedIn) =>
    ((await t.http().get('/api/evaluations/todo').set(who.auth).expect(200)).body as TodoItem[]).filter(
      (item) => item.evaluationId === evaluation.id,
    );
  const transition = async (event: string) => {
    const detail = (await t.http().get(api('')).set(lead.auth).expect(200)).body as EvaluationDetail;
    return t.http().post(api('/transitions')).set(lead.auth).send({ event, version: detail.version });
  };

  beforeAll(async () => {
    t = await startTestApp();
    runtime = await connectRuntimeRole(t.databaseUrl);
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
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
    ({ evaluation, sent } = await sendForFeedback(t, evaluation, { lead, liaison }));
    const otherBureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    const otherFirm = await an.organisation('firm').withUser('team_lead').build(t);
    const otherUnit = await an
      .organisation('unit')
      .under(otherBureau)
      .withUser('liaison')
      .withUser('head')
      .build(t);
    outsiderOrgs.push(otherBureau.id, otherFirm.id, otherUnit.id);
    outsiders.push(
      await otherBureau.signIn('performance_officer'),
      await otherFirm.signIn('team_lead'),
      await otherUnit.signIn('head'),
    );
  }, 240_000);
  afterAll(async () => {
    await runtime?.client.end();
    await t?.close();
  });

  it('opens the unit’s form when the 交换意见稿 is sent, due in 10 days; PRODUCE_FINAL waits for it', async () => {
    expect(evaluation.status).toBe('feedback');
    const seen = await view(liaison);
    expect(seen.form).toMatchObject({
      reportVersionId: sent.id,
      evaluationTitle: evaluation.title,
      period: '2025年1月1日至2025年12月31日',
      firmName: firm.name,
      unitName: unit.name,
      firmContact: firm.user('team_lead').displayName,
      unitContact: '',
      noOpinion: false,
      signedAt: null,
    });
    const [today] = await runtime.query<{ today: string }>({}, `SELECT current_date::text AS today`);
    expect(seen.form?.dueDate).toBe(addDays(today?.today ?? '', 10));
    expect(seen.status).toBe('filling');
    expect(seen.can).toEqual({ fill: true, sign: false, addBureauOpinions: false, answer: false });
    expect(seen.anchors).toContainEqual({
      anchor: 'indicator:1.1.1.2',
      label: '1.1.1.2 资金调整、调剂规范性',
    });
    expect((await view(head)).can).toEqual({
      fill: true,
      sign: true,
      addBureauOpinions: false,
      answer: false,
    });
    expect((await view(officer)).can).toEqual({
      fill: false,
      sign: false,
      addBureauOpinions: true,
      answer: false,
    });
    expect((await view(lead)).can).toEqual({
      fill: false,
      sign: false,
      addBureauOpinions: false,
      answer: true,
    });

    const refused = await transition('PRODUCE_FINAL');
    expect(refused.status).toBe(409);
    expect(details(refused)).toEqual(['event evaluation.feedback_pending']);
    // 待办: the liaison fills the form, the head signs it.
    expect((await todo(liaison)).map((item) => [item.action, item.dueDate])).toEqual([
      ['fill_feedback', seen.form?.dueDate],
    ]);
    expect((await todo(head)).map((item) => item.action)).toEqual(['sign_feedback']);

    // Reminders: the unit's contacts, three days before the form is due.
    const source = t.app
      .get(ReminderSources)
      .all()
      .find((entry) => entry.name === 'feedback-form-due');
    const dueDate = seen.form?.dueDate ?? '';
    const reminders = await source?.remindersFor(addDays(dueDate, -3), t.app.get(OwnerDatabase));
    const ours = reminders?.find((reminder) => reminder.itemKey === `feedback:${evaluation.id}:${dueDate}`);
    expect(ours?.deliveries.notifications.map((notice) => notice.userId).sort()).toEqual(
      [unit.user('liaison').id, unit.user('head').id].sort(),
    );
    expect(ours?.deliveries.notifications[0]?.text).toEqual({
      code: 'notification.feedback_due_soon',
      params: { title: evaluation.title, dueDate, days: 3 },
    });
  });

  it('lets the unit fill its form and add opinions anchored to an indicator or a section, checked field by field', async () => {
    let form = (await view(liaison)).form;
    const saved = await t
      .http()
      .put(api('/feedback/form'))
      .set(liaison.auth)
      .send({ unitContact: '古丽', unitPhone: '0994-2345678', noOpinion: false, version: form?.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    form = (saved.body as FeedbackView).form;
    expect(form).toMatchObject({ unitContact: '古丽', unitPhone: '0994-2345678' });

    const invalid = await t
      .http()
      .post(api('/feedback/opinions'))
      .set(liaison.auth)
      .send({ anchor: 'indicator:9.9.9', text: ' ' });
    expect(invalid.status).toBe(400);
    expect(details(invalid)).toEqual(['anchor feedback.anchor_unknown', 'text feedback.text_required']);
    expect((invalid.body as ErrorResponse).details?.[0]?.message).toBe('请选择报告中的章节或指标');

    const first = (
      await t
        .http()
        .post(api('/feedback/opinions'))
        .set(liaison.auth)
        .send({ anchor: 'indicator:1.1.1.2', text: '预算调整系上级追加资金所致，建议不予扣分' })
        .expect(200)
    ).body as FeedbackView;
    const second = (
      await t
        .http()
        .post(api('/feedback/opinions'))
        .set(liaison.auth)
        .send({ anchor: 'slot:overview.functions', text: '部门主要职能表述不全，请补充社区治理职能' })
        .expect(200)
    ).body as FeedbackView;
    expect(first.opinions).toHaveLength(1);
    opinionIds.indicator = first.opinions[0]?.id ?? '';
    opinionIds.section = second.opinions.find((opinion) => opinion.id !== opinionIds.indicator)?.id ?? '';
    expect(second.opinions.map((opinion) => [opinion.author, opinion.anchorLabel, opinion.canEdit])).toEqual([
      ['unit', '1.1.1.2 资金调整、调剂规范性', true],
      ['unit', '一、部门概况 （一）部门主要职能', true],
    ]);

    // 无意见 and opinions exclude each other.
    const none = await t
      .http()
      .put(api('/feedback/form'))
      .set(liaison.auth)
      .send({ unitContact: '古丽', unitPhone: '0994-2345678', noOpinion: true, version: form?.version });
    expect(none.status).toBe(400);
    expect(details(none)).toEqual(['noOpinion feedback.no_opinion_with_opinions']);

    // The unit writes only its own part of the form: not its due date, not the firm's contact.
    await expect(
      runtime.query(
        { organisationId: unit.id },
        `UPDATE evaluation_feedback_form SET due_date = due_date + 30 WHERE evaluation_id = $1`,
        [evaluation.id],
      ),
    ).rejects.toThrow(/only the unit/);

    // The others do not see the unit's draft; the firm cannot write opinions.
    expect((await view(lead)).opinions).toEqual([]);
    expect((await view(officer)).counts).toEqual({ total: 0, answered: 0, unanswered: 0 });
    const byFirm = await t
      .http()
      .post(api('/feedback/opinions'))
      .set(lead.auth)
      .send({ anchor: 'slot:abstract', text: 'x' });
    expect(byFirm.status).toBe(403);
  });

  it('lets the bureau add its own opinion', async () => {
    const added = (
      await t
        .http()
        .post(api('/feedback/opinions'))
        .set(officer.auth)
        .send({ anchor: 'slot:recommendations', text: '建议补充预算编制方面的改进建议' })
        .expect(200)
    ).body as FeedbackView;
    expect(added.opinions.map((opinion) => opinion.author)).toEqual(['bureau']);
    opinionIds.bureau = added.opinions[0]?.id ?? '';
    expect((await view(lead)).counts).toEqual({ total: 1, answered: 0, unanswered: 1 });
    // The unit cannot touch the bureau's opinion.
    const foreign = await t
      .http()
      .put(api(`/feedback/opinions/${opinionIds.bureau}`))
      .set(liaison.auth)
      .send({ anchor: 'slot:abstract', text: '改', version: 1 });
    expect(foreign.status).toBe(403);
    expect(details(foreign)).toEqual(['action feedback.opinion_not_own']);
  });

  it('is signed by the unit head only, with the stamped scan; a liaison cannot sign', async () => {
    const form = (await view(head)).form;
    const byLiaison = await t
      .http()
      .post(api('/feedback/sign'))
      .set(liaison.auth)
      .send({ version: form?.version });
    expect(byLiaison.status).toBe(403);
    expect(details(byLiaison)).toEqual(['action evaluation.wrong_role']);
    const byLead = await t.http().post(api('/feedback/sign')).set(lead.auth).send({ version: form?.version });
    expect(byLead.status).toBe(403);

    const scanByLiaison = await t
      .http()
      .post(api('/files?purpose=feedback_form'))
      .set(liaison.auth)
      .attach('file', PDF, { filename: '征求意见表（盖章）.pdf', contentType: 'application/pdf' });
    expect(scanByLiaison.status).toBe(403);
    const scan = await t
      .http()
      .post(api('/files?purpose=feedback_form'))
      .set(head.auth)
      .attach('file', PDF, { filename: '征求意见表（盖章）.pdf', contentType: 'application/pdf' })
      .expect(201);
    const scanId = (scan.body as { id: string }).id;

    const stale = await t.http().post(api('/feedback/sign')).set(head.auth).send({ version: 1 });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorResponse).code).toBe('CONFLICT');

    const signed = (
      await t
        .http()
        .post(api('/feedback/sign'))
        .set(head.auth)
        .send({ version: form?.version, scanFileId: scanId })
        .expect(200)
    ).body as FeedbackView;
    expect(signed.form).toMatchObject({
      signedByName: '王主任',
      scanFileId: scanId,
      scanFileName: '征求意见表（盖章）.pdf',
    });
    expect(signed.status).toBe('signed');
    expect(signed.can).toEqual({ fill: false, sign: false, addBureauOpinions: false, answer: false });
    const [stored] = await runtime.query<{ signed_by_user_id: string; signed_at: Date | null }>(
      { organisationId: unit.id },
      `SELECT signed_by_user_id, signed_at FROM evaluation_feedback_form WHERE evaluation_id = $1`,
      [evaluation.id],
    );
    expect(stored?.signed_by_user_id).toBe(unit.user('head').id);
    expect(stored?.signed_at).not.toBeNull();

    const firmView = await view(lead);
    expect(firmView.opinions.map((opinion) => opinion.id)).toEqual([
      opinionIds.indicator,
      opinionIds.section,
      opinionIds.bureau,
    ]);
    expect(firmView.counts).toEqual({ total: 3, answered: 0, unanswered: 3 });
    expect((await todo(lead)).map((item) => [item.action, item.count])).toContainEqual([
      'answer_feedback',
      3,
    ]);
    expect(await todo(head)).toEqual([]);
    // The team and the bureau are told that the form is signed.
    const owner = t.app.get(OwnerDatabase);
    const [message] = await owner.query<{
      id: string;
      organisation_id: string;
      payload: Record<string, unknown>;
      created_at: Date;
    }>(
      `SELECT id, organisation_id, payload, created_at FROM outbox_message
        WHERE kind = 'feedback.signed' AND payload->>'evaluationId' = $1`,
      [evaluation.id],
    );
    expect(message?.organisation_id).toBe(unit.id);
    const planned = await t.app
      .get(OutboxPlanners)
      .find('feedback.signed')
      ?.plan(
        {
          id: message?.id ?? '',
          organisationId: unit.id,
          kind: 'feedback.signed',
          payload: message?.payload ?? {},
          createdAt: message?.created_at ?? new Date(),
        },
        owner,
      );
    const told = new Set(planned?.notifications.map((notice) => notice.userId));
    expect(told.has(firm.user('team_lead').id)).toBe(true);
    expect(told.has(bureau.user('performance_officer').id)).toBe(true);
    expect(told.has(unit.user('head').id)).toBe(false);
    expect(planned?.notifications[0]?.text).toEqual({
      code: 'notification.feedback_signed',
      params: { title: evaluation.title, count: 2 },
    });
    // Signed: no more reminders about this form.
    const after = await t.app
      .get(ReminderSources)
      .all()
      .find((entry) => entry.name === 'feedback-form-due')
      ?.remindersFor(signed.form?.dueDate ?? '', owner);
    expect(after?.some((reminder) => reminder.itemKey.startsWith(`feedback:${evaluation.id}:`))).toBe(false);
  });

  it('freezes the unit’s form and opinions once signed — through the API and in the database', async () => {
    const edit = await t
      .http()
      .put(api(`/feedback/opinions/${opinionIds.indicator}`))
      .set(liaison.auth)
      .send({ anchor: 'indicator:1.1.1.2', text: '改', version: 1 });
    expect(edit.status).toBe(409);
    expect(details(edit)).toEqual(['action feedback.feedback_signed']);
    const add = await t
      .http()
      .post(api('/feedback/opinions'))
      .set(liaison.auth)
      .send({ anchor: 'slot:abstract', text: '再加一条' });
    expect(details(add)).toEqual(['action feedback.feedback_signed']);
    const remove = await t
      .http()
      .delete(api(`/feedback/opinions/${opinionIds.section}?version=1`))
      .set(liaison.auth);
    expect(remove.status).toBe(409);

    const asUnit = { organisationId: unit.id };
    await expect(
      runtime.query(asUnit, `UPDATE evaluation_feedback_opinion SET text = '改' WHERE id = $1`, [
        opinionIds.indicator,
      ]),
    ).rejects.toThrow(/signed/);
    await expect(
      runtime.query(asUnit, `DELETE FROM evaluation_feedback_opinion WHERE id = $1`, [opinionIds.section]),
    ).rejects.toThrow(/signed/);
    await expect(
      runtime.query(
        asUnit,
        `INSERT INTO evaluation_feedback_opinion (bureau_org_id, evaluation_id, firm_org_id, unit_org_id,
           author_org_id, anchor, text, created_by_user_id, created_by_name)
         VALUES ($1, $2, $3, $4, $4, 'slot:abstract', '补充', $5, 'x')`,
        [bureau.id, evaluation.id, firm.id, unit.id, unit.user('liaison').id],
      ),
    ).rejects.toThrow(/signed/);
    // The form: no row is the unit's to update any more (RLS), and the owner's trigger refuses too.
    expect(
      await runtime.query(
        asUnit,
        `UPDATE evaluation_feedback_form SET unit_phone = '1' WHERE evaluation_id = $1 RETURNING 1`,
        [evaluation.id],
      ),
    ).toEqual([]);
    // Nobody else writes the unit's part or answers in its place.
    await expect(
      runtime.query(
        asUnit,
        `INSERT INTO evaluation_feedback_answer (bureau_org_id, opinion_id, evaluation_id, firm_org_id, unit_org_id,
           decision, reason, answered_by_user_id, answered_by_name)
         VALUES ($1, $2, $3, $4, $5, 'rejected', '自答', $6, 'x')`,
        [bureau.id, opinionIds.indicator, evaluation.id, firm.id, unit.id, unit.user('liaison').id],
      ),
    ).rejects.toThrow(/row-level security|foreign key/);
    expect(
      await runtime.query(
        { organisationId: firm.id },
        `UPDATE evaluation_feedback_opinion SET text = '改' RETURNING 1`,
      ),
    ).toEqual([]);
  });

  it('lets the team answer each opinion: 采纳 linked to the change it caused, 不予采纳 with the reason', async () => {
    // The team revises the report after the unit's opinion.
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
      .send({ narrative, version: report.draft?.version })
      .expect(200);
    const changes = (await view(lead)).changes;
    const change = changes.find((entry) => entry.kind === 'text' && entry.place === '（一）部门主要职能');
    expect(change).toMatchObject({ after: '中山路街道办事处承担社区治理、公共服务等职能。', before: null });
    expect((await view(liaison)).changes).toEqual([]);

    const noChange = await t
      .http()
      .put(api(`/feedback/opinions/${opinionIds.section}/answer`))
      .set(lead.auth)
      .send({ decision: 'adopted', reason: '', changeKeys: [], version: 0 });
    expect(noChange.status).toBe(400);
    expect(details(noChange)).toEqual([
      'reason feedback.reason_required',
      'changes feedback.changes_required',
    ]);
    const byUnit = await t
      .http()
      .put(api(`/feedback/opinions/${opinionIds.section}/answer`))
      .set(liaison.auth)
      .send({ decision: 'rejected', reason: '自答', changeKeys: [], version: 0 });
    expect(byUnit.status).toBe(403);

    await t
      .http()
      .put(api(`/feedback/opinions/${opinionIds.section}/answer`))
      .set(lead.auth)
      .send({ decision: 'adopted', reason: '已补充社区治理职能', changeKeys: [change?.key], version: 0 })
      .expect(200);
    const answered = (
      await t
        .http()
        .put(api(`/feedback/opinions/${opinionIds.indicator}/answer`))
        .set(lead.auth)
        .send({
          decision: 'rejected',
          reason: '追加资金未履行预算调整程序，按评分标准扣分',
          changeKeys: [],
          version: 0,
        })
        .expect(200)
    ).body as FeedbackView;
    expect(answered.counts).toEqual({ total: 3, answered: 2, unanswered: 1 });
    const adopted = answered.opinions.find((opinion) => opinion.id === opinionIds.section);
    expect(adopted?.answer).toMatchObject({ decision: 'adopted', changes: [change], version: 1 });
    const sameAgain = await t
      .http()
      .put(api(`/feedback/opinions/${opinionIds.indicator}/answer`))
      .set(lead.auth)
      .send({ decision: 'rejected', reason: '再答', changeKeys: [], version: 0 });
    expect((sameAgain.body as ErrorResponse).code).toBe('CONFLICT');
    // The unit and the bureau read the answers.
    expect(
      (await view(liaison)).opinions.find((opinion) => opinion.id === opinionIds.indicator)?.answer?.decision,
    ).toBe('rejected');
  });

  it('refuses PRODUCE_FINAL while an opinion is unanswered, allows it after; 附件2 of the 终稿 carries the form and the answers', async () => {
    const refused = await transition('PRODUCE_FINAL');
    expect(refused.status).toBe(409);
    expect(details(refused)).toEqual(['event evaluation.opinions_unanswered']);
    expect(
      ((await t.http().get(api('')).set(lead.auth)).body as EvaluationDetail).availableEvents,
    ).not.toContain('PRODUCE_FINAL');

    await t
      .http()
      .put(api(`/feedback/opinions/${opinionIds.bureau}/answer`))
      .set(lead.auth)
      .send({ decision: 'rejected', reason: '建议部分已在七中体现', changeKeys: [], version: 0 })
      .expect(200);
    // An answered opinion stays: its author can no longer change it, and the database keeps it.
    const changed = await t
      .http()
      .put(api(`/feedback/opinions/${opinionIds.bureau}`))
      .set(officer.auth)
      .send({ anchor: 'slot:abstract', text: '改', version: 1 });
    expect(details(changed)).toEqual(['action feedback.opinion_answered']);
    await expect(
      runtime.query({ organisationId: bureau.id }, `DELETE FROM evaluation_feedback_opinion WHERE id = $1`, [
        opinionIds.bureau,
      ]),
    ).rejects.toThrow(/foreign key/);

    const final = (
      await t.http().post(api('/report/versions')).set(lead.auth).send({ stage: 'final_draft' }).expect(201)
    ).body as ReportVersionDetail;
    const form = table(final.document, 'table:feedback');
    expect(form[5]).toEqual([
      '主管部门意见',
      '1. 【1.1.1.2 资金调整、调剂规范性】预算调整系上级追加资金所致，建议不予扣分\n2. 【一、部门概况 （一）部门主要职能】部门主要职能表述不全，请补充社区治理职能',
    ]);
    expect(form[6]?.[1]).toMatch(/^王主任（签章） \d{4}年\d{1,2}月\d{1,2}日$/);
    expect(table(final.document, 'table:feedback_answers').map((row) => row.slice(1, 5))).toEqual([
      ['被评价单位', '1.1.1.2 资金调整、调剂规范性', '预算调整系上级追加资金所致，建议不予扣分', '不予采纳'],
      ['被评价单位', '一、部门概况 （一）部门主要职能', '部门主要职能表述不全，请补充社区治理职能', '采纳'],
      ['委托单位', '七、针对问题提出的建议', '建议补充预算编制方面的改进建议', '不予采纳'],
    ]);

    const produced = await transition('PRODUCE_FINAL');
    expect(produced.status, JSON.stringify(produced.body)).toBe(200);
    expect((produced.body as EvaluationDetail).status).toBe('final_draft');
    // After feedback the answers are closed.
    const late = await t
      .http()
      .put(api(`/feedback/opinions/${opinionIds.bureau}/answer`))
      .set(lead.auth)
      .send({ decision: 'rejected', reason: '改', changeKeys: [], version: 1 });
    expect(late.status).toBe(409);
    expect(details(late)).toEqual(['action evaluation.wrong_phase']);
  });

  it('shows nothing to another bureau, firm or unit (404)', async () => {
    for (const who of outsiders) {
      await t.http().get(api('/feedback')).set(who.auth).expect(404);
      await t
        .http()
        .post(api('/feedback/opinions'))
        .set(who.auth)
        .send({ anchor: 'slot:abstract', text: '外' })
        .expect(404);
      await t.http().post(api('/feedback/sign')).set(who.auth).send({ version: 1 }).expect(404);
    }
    for (const organisationId of outsiderOrgs) {
      const seen = await runtime.query(
        { organisationId },
        `SELECT 1 FROM evaluation_feedback_form WHERE evaluation_id = $1
         UNION ALL SELECT 1 FROM evaluation_feedback_opinion WHERE evaluation_id = $1
         UNION ALL SELECT 1 FROM evaluation_feedback_answer WHERE evaluation_id = $1`,
        [evaluation.id],
      );
      expect(seen).toEqual([]);
    }
  });
});
