import type { EvaluationDetail, FeedbackView, ReportVersionDetail } from '@jixiao/contracts';
import type { SignedIn, TestApp } from '../support/test-app';
import { send } from './evaluation.builder';
import { sendForFeedback } from './report-stage';

/**
 * The later phases of the lifecycle through the real API, as the real users (issue 11): from the
 * 交换意见稿 in feedback to the 终稿, a signed review, the issue and the bureau's acknowledgement.
 * Each step takes the evaluation where the previous one left it and answers its detail afterwards.
 */
export interface LifecyclePeople {
  /** The firm's team lead, who wrote the report. */
  lead: SignedIn;
  /** The unit's liaison, who enters the figures. */
  liaison: SignedIn;
  /** The unit head (role `head`), who signs the feedback form. */
  head: SignedIn;
  /** As many distinct firm reviewers as the firm has review levels (default three), none an author. */
  reviewers: SignedIn[];
  /** The firm admin, who issues. */
  firmAdmin: SignedIn;
  /** The bureau's performance officer, who acknowledges. */
  officer: SignedIn;
}

export type LaterPhase = 'feedback' | 'final_draft' | 'review_signed' | 'issued' | 'acknowledged';

async function ok<T>(response: PromiseLike<{ status: number; body: unknown }>, what: string): Promise<T> {
  const answered = await response;
  if (answered.status !== 200 && answered.status !== 201)
    throw new Error(`${what}: ${answered.status} ${JSON.stringify(answered.body)}`);
  return answered.body as T;
}

async function fresh(t: TestApp, who: SignedIn, evaluation: EvaluationDetail): Promise<EvaluationDetail> {
  return ok<EvaluationDetail>(
    t.http().get(`/api/evaluations/${evaluation.id}`).set(who.auth),
    'evaluation detail',
  );
}

/** Saves a new version of the team's working report at `stage` (as the lead). */
export async function saveReportVersion(
  t: TestApp,
  evaluation: EvaluationDetail,
  lead: SignedIn,
  stage: 'draft' | 'for_feedback' | 'final_draft',
): Promise<ReportVersionDetail> {
  return ok<ReportVersionDetail>(
    t.http().post(`/api/evaluations/${evaluation.id}/report/versions`).set(lead.auth).send({ stage }),
    `${stage} version`,
  );
}

/**
 * The unit answers the 交换意见稿 with 无意见: the head fills the form and signs it; the team produces
 * the 终稿 (PRODUCE_FINAL) and saves it as a `final_draft` version, the one the review signs.
 */
export async function produceFinal(
  t: TestApp,
  evaluation: EvaluationDetail,
  people: Pick<LifecyclePeople, 'lead' | 'head'>,
): Promise<EvaluationDetail> {
  const { lead, head } = people;
  const api = (path: string) => `/api/evaluations/${evaluation.id}/feedback${path}`;
  const round = await ok<FeedbackView>(t.http().get(api('')).set(head.auth), 'feedback view');
  const filled = await ok<FeedbackView>(
    t.http().put(api('/form')).set(head.auth).send({
      unitContact: '单位联系人',
      unitPhone: '0994-2345678',
      noOpinion: true,
      version: round.form?.version,
    }),
    'feedback form',
  );
  await ok(t.http().post(api('/sign')).set(head.auth).send({ version: filled.form?.version }), 'sign form');
  const final = await send(t, lead, await fresh(t, lead, evaluation), 'PRODUCE_FINAL');
  await saveReportVersion(t, final, lead, 'final_draft');
  return fresh(t, lead, final);
}

/** SUBMIT_FOR_REVIEW by the lead, then one SIGN_REVIEW per reviewer, level by level in their order. */
export async function passReview(
  t: TestApp,
  evaluation: EvaluationDetail,
  people: Pick<LifecyclePeople, 'lead' | 'reviewers'>,
): Promise<EvaluationDetail> {
  let current = await send(t, people.lead, await fresh(t, people.lead, evaluation), 'SUBMIT_FOR_REVIEW');
  for (const reviewer of people.reviewers)
    current = await send(t, reviewer, await fresh(t, reviewer, current), 'SIGN_REVIEW');
  return current;
}

/** ISSUE by the firm admin (every level signed). */
export async function issue(
  t: TestApp,
  evaluation: EvaluationDetail,
  firmAdmin: SignedIn,
): Promise<EvaluationDetail> {
  return send(t, firmAdmin, await fresh(t, firmAdmin, evaluation), 'ISSUE');
}

/** ACKNOWLEDGE by the bureau's officer. */
export async function acknowledge(
  t: TestApp,
  evaluation: EvaluationDetail,
  officer: SignedIn,
): Promise<EvaluationDetail> {
  return send(t, officer, await fresh(t, officer, evaluation), 'ACKNOWLEDGE');
}

const ORDER: LaterPhase[] = ['feedback', 'final_draft', 'review_signed', 'issued', 'acknowledged'];

/**
 * Brings an evaluation in `feedback` (after `sendForFeedback`) on to `target` through the real steps:
 * `await advanceFromFeedback(t, evaluation, people, 'acknowledged')`.
 */
export async function advanceFromFeedback(
  t: TestApp,
  evaluation: EvaluationDetail,
  people: LifecyclePeople,
  target: LaterPhase,
): Promise<EvaluationDetail> {
  const stopsBefore = (phase: LaterPhase) => ORDER.indexOf(target) < ORDER.indexOf(phase);
  if (stopsBefore('final_draft')) return evaluation;
  let current = await produceFinal(t, evaluation, people);
  if (stopsBefore('review_signed')) return current;
  current = await passReview(t, current, people);
  if (stopsBefore('issued')) return current;
  current = await issue(t, current, people.firmAdmin);
  if (stopsBefore('acknowledged')) return current;
  return acknowledge(t, current, people.officer);
}

/**
 * From fieldwork (the builder's `inStatus('fieldwork')`, framework 中山路 2024) to `target`: seed 1's
 * figures and scores, the 交换意见稿 sent (`sendForFeedback`), then `advanceFromFeedback`.
 */
export async function bringToPhase(
  t: TestApp,
  evaluation: EvaluationDetail,
  people: LifecyclePeople,
  target: LaterPhase,
): Promise<EvaluationDetail> {
  const { evaluation: inFeedback } = await sendForFeedback(t, evaluation, people);
  return advanceFromFeedback(t, inFeedback, people, target);
}
