import {
  applyEvaluationEvent,
  BUILTIN_FRAMEWORKS,
  phaseOf,
  startEvaluation,
  storeEvaluationSnapshot,
  type EvaluationEventType,
  type EvaluationPhase,
  type EvaluationFacts,
  type EvaluationSnapshot,
  type EvaluationStatus,
  type PhaseDueDates,
  type Role,
} from '@jixiao/domain';
import type { EntityManager } from 'typeorm';
// Reminders and notifications (issue 9)
import { enqueueDemoNotice } from './seed-demo-outbox';

export interface DemoActor {
  userId: string;
  organisationId: string;
  roles: Role[];
  name: string;
  organisationName: string;
}

interface DemoStep {
  event: EvaluationEventType;
  by: DemoActor;
  comment?: string;
  newFirm?: { id: string; name: string };
  // The report (issue 10): when the step happened, in days before today (default: two days per step)
  daysAgo?: number;
}

export interface DemoEvaluation {
  title: string;
  fiscalYear: number;
  fundsInScope: string;
  focus: string;
  requirements: string;
  bureau: { id: string; name: string };
  firm: { id: string; name: string };
  unit: { id: string; name: string };
  commissionedBy: DemoActor;
  /** Days from today per phase (negative: already past). */
  dueInDays: Partial<Record<EvaluationPhase, number>>;
  steps: DemoStep[];
  team?: { lead: DemoActor; evaluators: DemoActor[] };
  plan?: boolean;
  // The report (issue 10): facts of later phases the steps need (fieldwork closed, a version that passes the gate)
  facts?: Partial<EvaluationFacts>;
  commissionedDaysAgo?: number;
}

/** The seed data satisfies every guard by construction (team, declarations, plan, indicator system). */
export const SEED_FACTS: EvaluationFacts = {
  actorIsTeamLead: true,
  actorIsTeamMember: true,
  actorHasDeclared: true,
  teamHasLead: true,
  undeclaredMembers: 0,
  frameworkAdopted: true,
  planMissingSections: [],
  newFirmInRoster: true,
};

const DEMO_PLAN = {
  purpose:
    '通过评价，全面了解部门整体支出的预算编制、执行和管理情况，总结经验，查找问题，提出改进建议，提高财政资金使用效益。重点关注重点项目资金的使用和产出效果。',
  basis:
    '《中华人民共和国预算法》《中共中央 国务院关于全面实施预算绩效管理的意见》《项目支出绩效评价管理办法》（财预〔2020〕10号）及本级财政预算绩效管理办法。',
  methods:
    '采用比较法、因素分析法、公众评判法；通过资料核查、现场勘察、座谈访谈和问卷调查收集证据，按照评价指标体系逐项评分。',
  schedule:
    '前期准备 5 个工作日；现场评价 15 个工作日；撰写报告 7 个工作日；征求意见 5 个工作日；出具报告 3 个工作日。',
  risks: '资料提供不及时的风险：提前下发资料清单并每周跟踪；数据口径不一致的风险：以决算报表为准逐项核对。',
};

function isoDay(offsetDays: number): string {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return day.toISOString().slice(0, 10);
}

async function asOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
  await manager.query(`SELECT set_config('app.org_id', $1, true)`, [organisationId]);
}

/**
 * Inserts one demo evaluation by replaying its history through the lifecycle machine, so its state,
 * snapshot and history are exactly what the API would have written.
 */
export async function seedDemoEvaluation(manager: EntityManager, demo: DemoEvaluation): Promise<string> {
  const dueDates: PhaseDueDates = Object.fromEntries(
    Object.entries(demo.dueInDays).map(([phase, days]) => [phase, isoDay(days ?? 0)]),
  );
  let snapshot: EvaluationSnapshot = startEvaluation({
    parties: { bureauOrgId: demo.bureau.id, firmOrgId: demo.firm.id, unitOrgId: demo.unit.id },
  });
  const history: {
    actor: DemoActor;
    event: string;
    from: EvaluationStatus | null;
    to: EvaluationStatus;
    comment: string | null;
    firmId: string;
    daysAgo?: number;
  }[] = [
    {
      actor: demo.commissionedBy,
      event: 'COMMISSION',
      from: null,
      to: 'commissioned',
      comment: null,
      firmId: demo.firm.id,
      daysAgo: demo.commissionedDaysAgo,
    },
  ];
  let firm = demo.firm;
  for (const step of demo.steps) {
    const result = applyEvaluationEvent(snapshot, {
      type: step.event,
      actor: { userId: step.by.userId, organisationId: step.by.organisationId, roles: step.by.roles },
      facts: { ...SEED_FACTS, ...demo.facts },
      comment: step.comment,
      newFirmOrgId: step.newFirm?.id,
    });
    if (!result.ok)
      throw new Error(`Demo evaluation ${demo.title}: ${step.event} refused (${result.refusal})`);
    snapshot = result.snapshot;
    if (step.newFirm) firm = step.newFirm;
    history.push({
      actor: step.by,
      event: step.event,
      from: result.from,
      to: result.to,
      comment: step.comment ?? null,
      firmId: firm.id,
      daysAgo: step.daysAgo,
    });
  }
  const last = history[history.length - 1];
  const status = last?.to ?? 'commissioned';
  const stored = storeEvaluationSnapshot(snapshot);
  const phase = phaseOf(status);

  await asOrganisation(manager, demo.bureau.id);
  const [{ id }] = (await manager.query(
    `INSERT INTO evaluation (bureau_org_id, firm_org_id, unit_org_id, bureau_name, firm_name, unit_name, kind, title,
                             fiscal_year, funds_in_scope, focus, requirements, due_dates, status, current_due_date,
                             machine_version, snapshot, created_by, version)
     VALUES ($1, $2, $3, $4, $5, $6, 'department_overall', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     RETURNING id`,
    [
      demo.bureau.id,
      firm.id,
      demo.unit.id,
      demo.bureau.name,
      firm.name,
      demo.unit.name,
      demo.title,
      demo.fiscalYear,
      demo.fundsInScope,
      demo.focus,
      demo.requirements,
      JSON.stringify(dueDates),
      status,
      (phase && dueDates[phase]) ?? null,
      stored.machineVersion,
      JSON.stringify({ value: stored.value, context: stored.context }),
      demo.commissionedBy.userId,
      history.length,
    ],
  )) as [{ id: string }];

  if (demo.team) {
    await asOrganisation(manager, firm.id);
    const members = [
      { actor: demo.team.lead, role: 'lead', duties: '统筹评价工作，审核评分与报告' },
      ...demo.team.evaluators.map((actor) => ({
        actor,
        role: 'evaluator',
        duties: '资料核查、现场勘察与评分',
      })),
    ];
    for (const member of members) {
      await manager.query(
        `INSERT INTO evaluation_member (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, user_id, display_name,
                                        team_role, duties, declaration, declared_at, added_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10)`,
        [
          demo.bureau.id,
          id,
          firm.id,
          demo.unit.id,
          member.actor.userId,
          member.actor.name,
          member.role,
          member.duties,
          '本人与委托方及被评价单位不存在利害关系，不存在影响评价独立性的情形，如有变化将及时报告并申请回避。',
          demo.team.lead.userId,
        ],
      );
    }
    const framework = BUILTIN_FRAMEWORKS[0];
    if (framework) {
      await manager.query(
        `INSERT INTO evaluation_framework (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, source_template_id,
                                           source_version, source_name, framework, adopted_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $8)`,
        [
          demo.bureau.id,
          id,
          firm.id,
          demo.unit.id,
          `builtin-${framework.key}`,
          framework.name,
          JSON.stringify(framework),
          demo.team.lead.userId,
        ],
      );
    }
    if (demo.plan) {
      const submitted = history.some((entry) => entry.event === 'SUBMIT_PLAN');
      await manager.query(
        `INSERT INTO evaluation_plan (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, purpose, basis, methods,
                                      schedule, risks, updated_by, updated_by_name, updated_at, submitted_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), $12, 1)`,
        [
          demo.bureau.id,
          id,
          firm.id,
          demo.unit.id,
          DEMO_PLAN.purpose,
          DEMO_PLAN.basis,
          DEMO_PLAN.methods,
          DEMO_PLAN.schedule,
          DEMO_PLAN.risks,
          demo.team.lead.userId,
          demo.team.lead.name,
          submitted ? new Date() : null,
        ],
      );
    }
  }

  for (const [index, entry] of history.entries()) {
    const daysAgo = entry.daysAgo ?? (history.length - index) * 2;
    await asOrganisation(manager, entry.actor.organisationId);
    await manager.query(
      `INSERT INTO evaluation_history (bureau_org_id, evaluation_id, seq, firm_org_id, unit_org_id, at, actor_user_id,
                                       actor_org_id, actor_name, actor_org_name, event, from_status, to_status, comment)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6), $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        demo.bureau.id,
        id,
        index + 1,
        entry.firmId,
        demo.unit.id,
        daysAgo,
        entry.actor.userId,
        entry.actor.organisationId,
        entry.actor.name,
        entry.actor.organisationName,
        entry.event,
        entry.from,
        entry.to,
        entry.comment,
      ],
    );
    // Reminders and notifications (issue 9): announce each step as the API does, for the bell.
    await enqueueDemoNotice(manager, {
      evaluationId: id,
      actorOrgId: entry.actor.organisationId,
      event: entry.event,
      from: entry.from,
      to: entry.to,
      parties: { bureauOrgId: demo.bureau.id, firmOrgId: entry.firmId, unitOrgId: demo.unit.id },
      daysAgo,
    });
  }
  return id;
}
