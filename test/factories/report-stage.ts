import type { EvaluationDetail, ReportVersionDetail } from '@jixiao/contracts';
import {
  ZHONGSHAN_2024_FIXTURE as fixture,
  ZHONGSHAN_2024_FRAMEWORK as framework,
  deductionReasonRequired,
  evaluate,
} from '@jixiao/domain';
import type { SignedIn, TestApp } from '../support/test-app';
import { send } from './evaluation.builder';

/** The three judgement scores seed 1's report gives (酌情), kept as overrides with their reason. */
const JUDGEMENTS = ['2.4.1', '4.1.1', '4.2.1'] as const;

async function expectOk(
  response: Promise<{ status: number; body: unknown }>,
  what: string,
): Promise<unknown> {
  const answered = await response;
  if (answered.status !== 200 && answered.status !== 201)
    throw new Error(`${what}: ${answered.status} ${JSON.stringify(answered.body)}`);
  return answered.body;
}

/**
 * Takes an evaluation in fieldwork (the builder's `inStatus('fieldwork')`, framework 中山路 2024) to the
 * 交换意见稿 sent for feedback: seed 1's figures entered by the unit and verified, every indicator scored
 * with its findings and deduction reasons, fieldwork closed, the 交换意见稿 saved and SEND_FOR_FEEDBACK sent.
 */
export async function sendForFeedback(
  t: TestApp,
  evaluation: EvaluationDetail,
  people: { lead: SignedIn; liaison: SignedIn },
): Promise<{ evaluation: EvaluationDetail; sent: ReportVersionDetail }> {
  const { lead, liaison } = people;
  const api = (path: string) => `/api/evaluations/${evaluation.id}${path}`;
  const ruled = evaluate(
    framework,
    fixture.figures,
    fixture.observations,
    Object.fromEntries(JUDGEMENTS.map((id) => [id, fixture.overrides[id]])),
  );
  const nodes = new Map(ruled.nodes.map((node) => [node.id, node]));
  for (const [key, value] of Object.entries(fixture.figures)) {
    await expectOk(
      t
        .http()
        .put(api(`/figures/${key}`))
        .set(liaison.auth)
        .send({ value: String(value), sourceNote: '部门决算报表', version: 0 }),
      `figure ${key}`,
    );
    await expectOk(
      t
        .http()
        .post(api(`/figures/${key}/verification`))
        .set(lead.auth)
        .send({ verification: 'verified', version: 1 }),
      `verify ${key}`,
    );
  }
  const written = new Set<string>();
  for (const [id, value] of Object.entries(fixture.observations)) {
    const node = nodes.get(id);
    written.add(id);
    await expectOk(
      t
        .http()
        .put(api(`/workbench/${id}`))
        .set(lead.auth)
        .send({
          observations: { [id]: value },
          findings: `${id} 完成情况`,
          deductionReason: node && deductionReasonRequired(node) ? `${id} 扣分原因` : '',
          version: 0,
        }),
      `score ${id}`,
    );
  }
  for (const id of JUDGEMENTS) {
    written.add(id);
    await expectOk(
      t
        .http()
        .put(api(`/workbench/${id}`))
        .set(lead.auth)
        .send({ override: fixture.overrides[id], findings: '酌情评分', version: 0 }),
      `judge ${id}`,
    );
  }
  // Scored from the figures alone: their deduction reasons.
  for (const node of ruled.nodes) {
    if (written.has(node.id) || !deductionReasonRequired(node)) continue;
    await expectOk(
      t
        .http()
        .put(api(`/workbench/${node.id}`))
        .set(lead.auth)
        .send({ deductionReason: `${node.id} 扣分原因`, version: 0 }),
      `reason ${node.id}`,
    );
  }
  let current = (await expectOk(t.http().get(api('')).set(lead.auth), 'detail')) as EvaluationDetail;
  current = await send(t, lead, current, 'CLOSE_FIELDWORK');
  const sent = (await expectOk(
    t.http().post(api('/report/versions')).set(lead.auth).send({ stage: 'for_feedback' }),
    'for_feedback version',
  )) as ReportVersionDetail;
  current = await send(t, lead, current, 'SEND_FOR_FEEDBACK');
  return { evaluation: current, sent };
}
