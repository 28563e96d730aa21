import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  EvaluationDetail,
  ReportView,
  ReviewLevels,
  ReviewView,
  TodoItem,
} from '@jixiao/contracts';
import {
  ZHONGSHAN_2024_FIXTURE as fixture,
  ZHONGSHAN_2024_FRAMEWORK as framework,
  deductionReasonRequired,
  evaluate,
} from '@jixiao/domain';
import { an, produceFinal, type BuiltOrganisation, type BuiltUser } from '../factories';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/** The three judgement scores the report gives (酌情), kept as overrides with their reason. */
const JUDGEMENTS = ['2.4.1', '4.1.1', '4.2.1'] as const;

function details(response: { body: unknown }): string[] {
  return ((response.body as ErrorResponse).details ?? []).map((detail) => `${detail.field} ${detail.code}`);
}

describe('three-level review (三级复核, issue 11)', () => {
  let t: TestApp;
  let runtime: RuntimeRole;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluation: EvaluationDetail;
  let officer: SignedIn;
  let lead: SignedIn;
  let liaison: SignedIn;
  let admin: SignedIn;
  let reviewers: { user: BuiltUser; session: SignedIn }[];
  let noteId: string;

  const ruled = evaluate(
    framework,
    fixture.figures,
    fixture.observations,
    Object.fromEntries(JUDGEMENTS.map((id) => [id, fixture.overrides[id]])),
  );
  const nodes = new Map(ruled.nodes.map((node) => [node.id, node]));
  const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
  const reviewer = (index: number) => {
    const found = reviewers[index];
    if (!found) throw new Error(`no reviewer ${index}`);
    return found;
  };
  const review = async (who: SignedIn) =>
    (await t.http().get(api('/review')).set(who.auth).expect(200)).body as ReviewView;
  const transition = async (who: SignedIn, event: string, comment?: string) => {
    const detail = (await t.http().get(api('')).set(who.auth).expect(200)).body as EvaluationDetail;
    return t.http().post(api('/transitions')).set(who.auth).send({ event, version: detail.version, comment });
  };
  const saveNarrative = async (conclusion: string) => {
    const view = (await t.http().get(api('/report')).set(lead.auth).expect(200)).body as ReportView;
    const narrative = { ...view.draft?.narrative, slots: { ...view.draft?.narrative.slots, conclusion } };
    return t
      .http()
      .put(api('/report/draft'))
      .set(lead.auth)
      .send({ narrative, version: view.draft?.version ?? 0 });
  };
  const latestVersion = async () =>
    withClient(t.databaseUrl, async (client) => {
      const { rows } = await client.query<{ id: string; content_hash: string }>(
        `SELECT id, content_hash FROM evaluation_report_version WHERE evaluation_id = $1 ORDER BY seq DESC LIMIT 1`,
        [evaluation.id],
      );
      if (!rows[0]) throw new Error('no version');
      return rows[0];
    });
  /** A sign-off written straight as the runtime role in the firm's context: the database's own rules. */
  const insertSignOff = async (signer: string, round: number, level: number) => {
    const version = await latestVersion();
    return runtime.query(
      { organisationId: firm.id },
      `INSERT INTO evaluation_review_signoff (bureau_org_id, evaluation_id, round, level, firm_org_id, unit_org_id,
          signer_user_id, signer_name, report_version_id, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'x', $8, $9)`,
      [bureau.id, evaluation.id, round, level, firm.id, unit.id, signer, version.id, version.content_hash],
    );
  };

  /** Fieldwork complete (seed 1's figures and scores), 交换意见稿 sent, the feedback round, 终稿 saved: ready for review. */
  async function reachFinalDraft(): Promise<void> {
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
      await t
        .http()
        .put(api(`/workbench/${id}`))
        .set(lead.auth)
        .send({
          observations: { [id]: value },
          findings: `${id} 完成情况`,
          deductionReason: node && deductionReasonRequired(node) ? `${id} 扣分原因` : '',
          version: 0,
        })
        .expect(200);
    }
    for (const id of JUDGEMENTS) {
      await t
        .http()
        .put(api(`/workbench/${id}`))
        .set(lead.auth)
        .send({ override: fixture.overrides[id], findings: '酌情评分', version: 0 })
        .expect(200);
    }
    for (const id of ['1.1.1.2', '2.1.1']) {
      await t
        .http()
        .put(api(`/workbench/${id}`))
        .set(lead.auth)
        .send({ deductionReason: `${id} 扣分原因`, version: 0 })
        .expect(200);
    }
    expect((await transition(lead, 'CLOSE_FIELDWORK')).status).toBe(200);
    expect((await saveNarrative('综合得分{{total}}分。')).status).toBe(200);
    await t.http().post(api('/report/versions')).set(lead.auth).send({ stage: 'for_feedback' }).expect(201);
    expect((await transition(lead, 'SEND_FOR_FEEDBACK')).status).toBe(200);
    // The unit head answers 无意见 and signs; the team produces the 终稿 and saves it.
    evaluation = await produceFinal(t, evaluation, { lead, head: await unit.signIn('head') });
  }

  beforeAll(async () => {
    t = await startTestApp();
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
      .withUser('reviewer', '复核人甲')
      .withUser('reviewer', '复核人乙')
      .withUser('reviewer', '复核人丙')
      .withUser('reviewer', '复核人丁')
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
    admin = await firm.signIn('firm_admin');
    reviewers = [];
    for (const user of firm.users.filter((candidate) => candidate.roles.includes('reviewer')))
      reviewers.push({ user, session: await signIn(t, user.email) });
    await reachFinalDraft();
  }, 240_000);
  afterAll(async () => {
    await runtime?.client.end();
    await t?.close();
  });

  describe('the firm’s review levels', () => {
    it('are the default three until the firm admin titles them; only the firm admin may', async () => {
      const initial = (await t.http().get('/api/review-levels').set(admin.auth).expect(200))
        .body as ReviewLevels;
      expect(initial).toEqual({
        titles: ['项目经理', '部门（技术）负责人', '合伙人（质量控制）'],
        isDefault: true,
        canEdit: true,
      });
      const titles = ['项目经理', '技术负责人', '合伙人（质量控制）'];
      const saved = (await t.http().put('/api/review-levels').set(admin.auth).send({ titles }).expect(200))
        .body as ReviewLevels;
      expect(saved).toEqual({ titles, isDefault: false, canEdit: true });
      const invalid = await t
        .http()
        .put('/api/review-levels')
        .set(admin.auth)
        .send({ titles: ['项目经理', ' '] });
      expect(invalid.status).toBe(400);
      expect(details(invalid)).toEqual(['titles.1 review.level_title_required']);
      const byLead = await t.http().put('/api/review-levels').set(lead.auth).send({ titles });
      expect([byLead.status, (byLead.body as ErrorResponse).code]).toEqual([403, 'REVIEW_LEVELS_FORBIDDEN']);
      expect((await t.http().put('/api/review-levels').set(liaison.auth).send({ titles })).status).toBe(403);
      await t.http().get('/api/review-levels').set(liaison.auth).expect(404);
    });
  });

  describe('round 1', () => {
    it('SUBMIT_FOR_REVIEW opens a round with the firm’s levels; the unit sees only the progress', async () => {
      expect((await transition(lead, 'SUBMIT_FOR_REVIEW')).status).toBe(200);
      const firmView = await review(lead);
      expect(firmView.progress).toEqual({ inReview: true, signed: 0, levels: 3 });
      expect(firmView.internal?.currentRound).toBe(1);
      expect(firmView.internal?.nextLevelTitle).toBe('项目经理');
      expect(firmView.internal?.rounds[0]?.levelTitles).toEqual([
        '项目经理',
        '技术负责人',
        '合伙人（质量控制）',
      ]);
      for (const who of [liaison, officer]) {
        expect(await review(who)).toEqual({
          progress: { inReview: true, signed: 0, levels: 3 },
          internal: null,
        });
      }
    });

    it('refuses an author of the report as a reviewer (API)', async () => {
      // The team lead wrote the report; give them the reviewer role too, as a small firm might.
      await withClient(t.databaseUrl, (client) =>
        client.query(`UPDATE app_user SET roles = '{team_lead,reviewer}' WHERE id = $1`, [
          firm.user('team_lead').id,
        ]),
      );
      expect((await review(lead)).internal?.signRefusal?.code).toBe('evaluation.reviewer_is_author');
      const refused = await transition(lead, 'SIGN_REVIEW');
      expect(refused.status).toBe(409);
      expect(details(refused)).toEqual(['event evaluation.reviewer_is_author']);
    });

    it('signs level 1; the same person cannot sign level 2 (API)', async () => {
      expect((await transition(reviewer(0).session, 'SIGN_REVIEW')).status).toBe(200);
      const view = await review(reviewer(0).session);
      expect(view.progress).toEqual({ inReview: true, signed: 1, levels: 3 });
      const signOff = view.internal?.rounds[0]?.signOffs[0];
      expect(signOff).toMatchObject({ level: 1, title: '项目经理', signerName: '复核人甲' });
      expect(signOff?.contentHash).toBe((await latestVersion()).content_hash);
      expect(view.internal?.signRefusal?.code).toBe('evaluation.reviewer_signed_already');
      const again = await transition(reviewer(0).session, 'SIGN_REVIEW');
      expect([again.status, ...details(again)]).toEqual([409, 'event evaluation.reviewer_signed_already']);
      expect((await review(liaison)).progress).toEqual({ inReview: true, signed: 1, levels: 3 });
    });

    it('a note (复核意见) anchored to an indicator blocks the next level until resolved (API)', async () => {
      const invalid = await t
        .http()
        .post(api('/review/notes'))
        .set(reviewer(1).session.auth)
        .send({ anchor: 'page:3', body: '' });
      expect(invalid.status).toBe(400);
      expect(details(invalid)).toEqual(['anchor review.anchor_invalid', 'body review.note_required']);
      const added = (
        await t
          .http()
          .post(api('/review/notes'))
          .set(reviewer(1).session.auth)
          .send({ anchor: 'indicator:2.1.1', body: '预算调整率的扣分依据需补充底稿' })
          .expect(201)
      ).body as ReviewView;
      const note = added.internal?.notes[0];
      expect(note).toMatchObject({ anchor: 'indicator:2.1.1', status: 'open', level: 2, round: 1 });
      noteId = note?.id ?? '';
      expect(added.internal?.signRefusal?.code).toBe('evaluation.review_notes_open');
      const refused = await transition(reviewer(1).session, 'SIGN_REVIEW');
      expect([refused.status, ...details(refused)]).toEqual([409, 'event evaluation.review_notes_open']);
    });

    it('never shows notes to the unit or the bureau, nor lets them write one (API)', async () => {
      for (const who of [liaison, officer]) {
        expect((await review(who)).internal).toBeNull();
        const add = await t
          .http()
          .post(api('/review/notes'))
          .set(who.auth)
          .send({ anchor: 'section:conclusion', body: '意见' });
        expect([add.status, (add.body as ErrorResponse).code]).toEqual([403, 'REVIEW_NOTE_FORBIDDEN']);
        const resolve = await t
          .http()
          .post(api(`/review/notes/${noteId}/resolve`))
          .set(who.auth)
          .send({ version: 1 });
        expect(resolve.status).toBe(403);
      }
      // Not a reviewer: the team lead of the firm without the role.
      const evaluator = await firm.signIn('evaluator');
      expect(
        (
          await t
            .http()
            .post(api('/review/notes'))
            .set(evaluator.auth)
            .send({ anchor: 'section:conclusion', body: '意见' })
        ).status,
      ).toBe(403);
    });

    it('enforces the same rules at the SQL level, as the runtime role', async () => {
      for (const organisationId of [unit.id, bureau.id]) {
        for (const table of [
          'evaluation_review_note',
          'evaluation_review_signoff',
          'evaluation_review_round',
          'evaluation_report_author',
        ]) {
          const [count] = await runtime.query<{ count: string }>(
            { organisationId },
            `SELECT count(*) FROM ${table} WHERE evaluation_id = $1`,
            [evaluation.id],
          );
          expect({ table, organisationId, count: count?.count }).toEqual({
            table,
            organisationId,
            count: '0',
          });
        }
        await expect(
          runtime.query(
            { organisationId },
            `INSERT INTO evaluation_review_note (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, round, level,
               anchor, body, author_user_id, author_name)
             VALUES ($1, $2, $3, $4, 1, 2, 'section:conclusion', 'x', $5, 'x')`,
            [bureau.id, evaluation.id, firm.id, unit.id, reviewer(1).user.id],
          ),
        ).rejects.toThrow(/row-level security/);
      }
      const [visible] = await runtime.query<{ count: string }>(
        { organisationId: firm.id },
        `SELECT count(*) FROM evaluation_review_note WHERE evaluation_id = $1`,
        [evaluation.id],
      );
      expect(visible?.count).toBe('1');
      await expect(insertSignOff(firm.user('team_lead').id, 1, 2)).rejects.toThrow(/reviewer_is_author/);
      await expect(insertSignOff(reviewer(2).user.id, 1, 3)).rejects.toThrow(/previous_level_unsigned/);
      await expect(insertSignOff(firm.user('evaluator').id, 1, 2)).rejects.toThrow(/not_reviewer/);
      await expect(insertSignOff(reviewer(1).user.id, 1, 2)).rejects.toThrow(/review_notes_open/);
      await expect(
        runtime.query(
          { organisationId: firm.id },
          `UPDATE evaluation_review_signoff SET signer_user_id = $2 WHERE evaluation_id = $1`,
          [evaluation.id, reviewer(3).user.id],
        ),
      ).rejects.toThrow(/permission denied|immutable/);
      await expect(
        runtime.query(
          { organisationId: firm.id },
          `DELETE FROM evaluation_review_signoff WHERE evaluation_id = $1`,
          [evaluation.id],
        ),
      ).rejects.toThrow(/permission denied|immutable/);
    });

    it('resolves the note (a stale resolution is refused), then level 2 signs', async () => {
      const resolved = (
        await t
          .http()
          .post(api(`/review/notes/${noteId}/resolve`))
          .set(reviewer(1).session.auth)
          .send({ version: 1, resolution: '已补充底稿' })
          .expect(200)
      ).body as ReviewView;
      expect(resolved.internal?.notes[0]).toMatchObject({ status: 'resolved', resolution: '已补充底稿' });
      const stale = await t
        .http()
        .post(api(`/review/notes/${noteId}/resolve`))
        .set(reviewer(1).session.auth)
        .send({ version: 1 });
      expect([stale.status, (stale.body as ErrorResponse).code]).toEqual([409, 'REVIEW_NOTE_CONFLICT']);
      expect((await transition(reviewer(1).session, 'SIGN_REVIEW')).status).toBe(200);
      expect((await review(officer)).progress).toEqual({ inReview: true, signed: 2, levels: 3 });
      // With no note open, the constraints themselves: one level per person, one signature per level.
      await expect(insertSignOff(reviewer(0).user.id, 1, 3)).rejects.toThrow(
        /evaluation_review_signoff_one_level_per_person/,
      );
      await expect(insertSignOff(reviewer(2).user.id, 1, 2)).rejects.toThrow(/duplicate key/);
    });

    it('flags a change of the report after a sign-off and tells the signers', async () => {
      expect((await review(reviewer(0).session)).internal?.changedAfterSignOff).toBe(false);
      expect((await saveNarrative('综合得分{{total}}分，评价等级为{{grade}}。')).status).toBe(200);
      expect((await review(reviewer(0).session)).internal?.changedAfterSignOff).toBe(true);
      const messages = await withClient(t.databaseUrl, async (client) => {
        const { rows } = await client.query<{ payload: { signers: string[] } }>(
          `SELECT payload FROM outbox_message WHERE kind = 'review.report_changed' AND payload->>'evaluationId' = $1`,
          [evaluation.id],
        );
        return rows;
      });
      expect(messages.map((message) => [...message.payload.signers].sort())).toEqual([
        [reviewer(0).user.id, reviewer(1).user.id].sort(),
      ]);
    });

    it('a return needs a reason, sends the report back to 终稿 and closes the round', async () => {
      const bare = await transition(reviewer(2).session, 'RETURN_REVIEW', ' ');
      expect([bare.status, ...details(bare)]).toEqual([409, 'comment evaluation.comment_required']);
      const returned = await transition(reviewer(2).session, 'RETURN_REVIEW', '结论部分表述需与评分一致');
      expect(returned.status).toBe(200);
      expect((returned.body as EvaluationDetail).status).toBe('final_draft');
      const round = (await review(lead)).internal?.rounds[0];
      expect(round).toMatchObject({
        round: 1,
        outcome: 'returned',
        returnReason: '结论部分表述需与评分一致',
        returnedByName: '复核人丙',
      });
      expect(round?.signOffs.map((signOff) => signOff.level)).toEqual([1, 2]);
    });
  });

  describe('round 2', () => {
    it('restarts at level 1; the previous round stays visible', async () => {
      await t.http().post(api('/report/versions')).set(lead.auth).send({ stage: 'final_draft' }).expect(201);
      expect((await transition(lead, 'SUBMIT_FOR_REVIEW')).status).toBe(200);
      const view = await review(reviewer(0).session);
      expect(view.progress).toEqual({ inReview: true, signed: 0, levels: 3 });
      expect(view.internal?.currentRound).toBe(2);
      expect(view.internal?.nextLevel).toBe(1);
      expect(view.internal?.rounds.map((round) => [round.round, round.signOffs.length])).toEqual([
        [2, 0],
        [1, 2],
      ]);
      expect(view.internal?.notes.map((note) => note.status)).toEqual(['resolved']);
      expect(view.internal?.changedAfterSignOff).toBe(false);
    });

    it('shows reviewers who may sign the report in their 待办, and nobody else', async () => {
      const todo = async (who: SignedIn) =>
        ((await t.http().get('/api/evaluations/todo').set(who.auth).expect(200)).body as TodoItem[])
          .filter((item) => item.evaluationId === evaluation.id)
          .map((item) => item.action);
      expect(await todo(reviewer(0).session)).toEqual(['SIGN_REVIEW']);
      expect(await todo(lead)).toEqual([]);
      expect(await todo(liaison)).toEqual([]);
    });

    it('two reviewers signing the same level at once: exactly one succeeds', async () => {
      const detail = (await t.http().get(api('')).set(lead.auth).expect(200)).body as EvaluationDetail;
      const [first, second] = await Promise.all(
        [reviewer(0), reviewer(1)].map(({ session }) =>
          t
            .http()
            .post(api('/transitions'))
            .set(session.auth)
            .send({ event: 'SIGN_REVIEW', version: detail.version }),
        ),
      );
      const statuses = [first?.status, second?.status];
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(1);
      const view = await review(lead);
      expect(view.internal?.rounds[0]?.signOffs).toHaveLength(1);
      expect(view.progress.signed).toBe(1);
    });

    it('three distinct reviewers sign in order; nobody signs a fourth level; the firm issues', async () => {
      const signed = (await review(lead)).internal?.rounds[0]?.signOffs[0]?.signerUserId;
      const second = signed === reviewer(0).user.id ? reviewer(1) : reviewer(0);
      expect((await transition(second.session, 'SIGN_REVIEW')).status).toBe(200);
      expect((await transition(reviewer(2).session, 'SIGN_REVIEW')).status).toBe(200);
      const view = await review(reviewer(3).session);
      expect(view.progress).toEqual({ inReview: true, signed: 3, levels: 3 });
      expect(view.internal?.rounds[0]?.signOffs.map((signOff) => [signOff.level, signOff.title])).toEqual([
        [1, '项目经理'],
        [2, '技术负责人'],
        [3, '合伙人（质量控制）'],
      ]);
      expect(new Set(view.internal?.rounds[0]?.signOffs.map((signOff) => signOff.signerUserId)).size).toBe(3);
      expect((await transition(reviewer(3).session, 'SIGN_REVIEW')).status).toBe(409);
      expect((await transition(admin, 'ISSUE')).status).toBe(200);
      expect((await review(lead)).internal?.rounds[0]?.outcome).toBe('issued');
    });
  });
});
