import { DEPARTMENT_REQUEST_LIST, type RequestDecision, type RequestEvent } from '@jixiao/domain';
import type { EntityManager } from 'typeorm';
import type { DemoActor } from './seed-demo-evaluations';

interface DemoEvaluationKeys {
  bureauOrgId: string;
  id: string;
  firmOrgId: string;
  unitOrgId: string;
}

/** What happened to one demo item, in order: the unit's answers and the team's decisions. */
type DemoTurn = { answer: string } | { decision: RequestDecision; reason?: string };

interface DemoItem {
  title: string;
  /** Days from today (negative: already past). */
  dueInDays: number;
  sent: boolean;
  turns: DemoTurn[];
}

/** The 中山路 2024 list in fieldwork: settled, waiting, rejected, overdue and unsent items side by side. */
const DEMO_ITEMS: readonly DemoItem[] = [
  {
    title: '部门职责及“三定”方案',
    dueInDays: -10,
    sent: true,
    turns: [{ answer: '三定方案（昌编发〔2019〕12号）及2024年职责调整说明。' }, { decision: 'accept' }],
  },
  {
    title: '年度工作计划及工作总结',
    dueInDays: 3,
    sent: true,
    turns: [{ answer: '2024年工作要点及年终工作总结已整理。' }],
  },
  {
    title: '年度部门预算批复文件',
    dueInDays: 5,
    sent: true,
    turns: [
      { answer: '昌财预〔2024〕3号预算批复。' },
      { decision: 'reject', reason: '缺少财政局批复的盖章页及项目支出明细表，请补齐后重新提交。' },
    ],
  },
  { title: '预算调整及追加批复文件', dueInDays: -4, sent: true, turns: [] },
  {
    title: '年度部门决算报表',
    dueInDays: 2,
    sent: true,
    turns: [
      { answer: '2024年度部门决算报表（财政审核版）。' },
      { decision: 'ask_more', reason: '请补充决算报表附注及结转结余说明。' },
    ],
  },
  {
    title: '满意度调查相关资料',
    dueInDays: 7,
    sent: true,
    turns: [{ decision: 'waive', reason: '本年度满意度由评价小组现场问卷取得，无需单位提供。' }],
  },
  { title: '部门整体绩效目标申报表', dueInDays: 10, sent: false, turns: [] },
];

function isoDay(offsetDays: number): string {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return day.toISOString().slice(0, 10);
}

/**
 * The request list of the demo evaluation in fieldwork, written as the API would have: items and
 * decisions as the firm, answers as the unit, one history entry per step. Every other item of the
 * standard list is sent and awaits the unit.
 */
export async function seedDemoRequests(
  manager: EntityManager,
  demo: { evaluation: DemoEvaluationKeys; team: DemoActor; liaison: DemoActor },
): Promise<void> {
  const { evaluation, team, liaison } = demo;
  const as = (actor: DemoActor) =>
    manager.query(`SELECT set_config('app.org_id', $1, true)`, [actor.organisationId]);
  const scripted = new Map(DEMO_ITEMS.map((item) => [item.title, item]));
  const list = DEPARTMENT_REQUEST_LIST.map((entry): DemoItem & { reason: string; required: boolean } => ({
    ...entry,
    ...(scripted.get(entry.title) ?? { title: entry.title, dueInDays: 8, sent: true, turns: [] }),
  }));

  for (const [index, item] of list.entries()) {
    await as(team);
    const [{ id }] = (await manager.query(
      `INSERT INTO evaluation_request_item (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, seq, title, reason,
                                            due_date, required, state, sent_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        evaluation.bureauOrgId,
        evaluation.id,
        evaluation.firmOrgId,
        evaluation.unitOrgId,
        index + 1,
        item.title,
        item.reason,
        isoDay(item.dueInDays),
        item.required,
        item.sent ? 'sent' : 'draft',
        item.sent ? new Date(Date.now() - 12 * 86_400_000) : null,
        team.userId,
      ],
    )) as [{ id: string }];
    if (!item.sent) continue;
    let seq = 0;
    let round = 1;
    const event = async (actor: DemoActor, name: RequestEvent, comment: string | null) => {
      seq += 1;
      await as(actor);
      await manager.query(
        `INSERT INTO evaluation_request_event (bureau_org_id, evaluation_id, item_id, seq, firm_org_id, unit_org_id, at,
                                               actor_user_id, actor_org_id, actor_name, actor_org_name, event, round, comment)
         VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7), $8, $9, $10, $11, $12, $13, $14)`,
        [
          evaluation.bureauOrgId,
          evaluation.id,
          id,
          seq,
          evaluation.firmOrgId,
          evaluation.unitOrgId,
          12 - seq * 2,
          actor.userId,
          actor.organisationId,
          actor.name,
          actor.organisationName,
          name,
          round,
          comment,
        ],
      );
    };
    await event(team, 'send', null);
    for (const turn of item.turns) {
      if ('answer' in turn) {
        await as(liaison);
        await manager.query(
          `INSERT INTO evaluation_request_answer (bureau_org_id, evaluation_id, item_id, round, firm_org_id, unit_org_id,
                                                  explanation, updated_by, updated_by_name, submitted_at, submitted_by_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $9)`,
          [
            evaluation.bureauOrgId,
            evaluation.id,
            id,
            round,
            evaluation.firmOrgId,
            evaluation.unitOrgId,
            turn.answer,
            liaison.userId,
            liaison.name,
          ],
        );
        await event(liaison, 'submit', turn.answer);
        continue;
      }
      const state = {
        send: 'sent',
        accept: 'accepted',
        reject: 'rejected',
        ask_more: 'more_requested',
        waive: 'waived',
      }[turn.decision];
      await event(team, turn.decision, turn.reason ?? null);
      const opensRound = turn.decision === 'reject' || turn.decision === 'ask_more';
      await as(team);
      await manager.query(
        `UPDATE evaluation_request_item SET state = $3, round = round + $4, decision_reason = $5, version = version + 1
          WHERE bureau_org_id = $1 AND id = $2`,
        [evaluation.bureauOrgId, id, state, opensRound ? 1 : 0, turn.reason ?? null],
      );
      if (opensRound) round += 1;
    }
  }
}
