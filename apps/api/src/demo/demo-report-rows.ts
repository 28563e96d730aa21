import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  BUILTIN_FRAMEWORKS,
  ENGINE_VERSION,
  ZHONGSHAN_2024_FIXTURE,
  canonicalJson,
  checkNarrative,
  effectiveFigures,
  engineInputs,
  evaluate,
  milestonesOf,
  reportDateOf,
  reportGate,
  reportModelOf,
  type EvaluationResult,
  type Framework,
  type IndicatorNode,
  type ObservedValue,
  type ReportModel,
  type ReportNarrative,
} from '@jixiao/domain';
import { demoReportNarrative } from './demo-report-narrative';
import type { DemoActor } from './seed-demo-evaluations';

export interface DemoReportEvaluation {
  id: string;
  bureau: { id: string; name: string };
  firm: { id: string; name: string };
  unit: { id: string; name: string };
  title: string;
  fiscalYear: number;
  fundsInScope: string;
}

export interface DemoReportTeam {
  liaison: DemoActor;
  evaluator: DemoActor;
  lead: DemoActor;
}

/** One saved version: its stage, when it was saved, and the team's judgement of 民生和社会事业发展 then. */
export interface DemoReportVersion {
  stage: 'draft' | 'for_feedback' | 'final_draft';
  daysAgo: number;
  revised: boolean;
  livelihoodScore: string;
}

/** The score that changes between the demo's 初稿 v1 and v2 (the survey was analysed in between). */
export const DEMO_REPORT_SCORE_CHANGE = { indicatorId: '4.2.1', before: '6', after: '7' } as const;

/** Indicators scored by judgement (酌情, no rule): the score and its reason. */
const JUDGED: Readonly<Record<string, string>> = {
  '2.4.1': '资产管理制度健全，账实相符，酌情给满分。',
  '4.1.1': '辖区营商环境持续改善，服务对象反映良好，酌情给满分。',
  '4.2.1': '依据居民满意度问卷及走访情况酌情评分。',
};

/** The one departure from a rule, with its reason (the gate lists it as a warning, never hides it). */
const OVERRIDE = {
  id: '3.1.3',
  score: '5',
  reason: '示范创建工作已通过市级初验，尚待正式命名，经评价小组集体研究酌情给分。',
};

/** 扣分原因 of each deduction of the demo scores (written where the points were lost). */
const DEDUCTION_REASONS: Readonly<Record<string, string>> = {
  '1.1.1.2': '部分资金调剂未履行报批程序，按评分标准扣分。',
  '1.2.2': '项目库管理、新增项目事前绩效评估两项未在预算公开说明中体现，按评分标准扣分。',
  '2.1.1': '年中追加预算较多，预算调整率超过评分标准的满分区间，按评分标准扣分。',
  '3.1.3': '示范创建工作尚未全部通过验收，绩效目标未完全实现。',
};

/** Before the survey was analysed (v1), 民生和社会事业发展 was scored from the visits alone. */
const SURVEY_PENDING = '居民满意度问卷尚未全部回收统计，暂依据走访情况酌情扣分。';

function leaves(nodes: readonly IndicatorNode[]): IndicatorNode[] {
  return nodes.flatMap((node) => ((node.children ?? []).length > 0 ? leaves(node.children ?? []) : [node]));
}

interface DemoScoreRow {
  indicatorId: string;
  name: string;
  observations: Record<string, ObservedValue>;
  override: { score: string; reason: string } | null;
  findings: string;
  deductionReason: string;
}

/** Every leaf of the indicator system scored: seed 1's observations, the judgements, the one override. */
function scoreRows(framework: Framework, livelihoodScore: string): DemoScoreRow[] {
  const observations = ZHONGSHAN_2024_FIXTURE.observations;
  return leaves(framework.indicators).map((node) => {
    const observed = observations[node.id];
    const judged = JUDGED[node.id];
    const override =
      judged !== undefined
        ? {
            score:
              node.id === DEMO_REPORT_SCORE_CHANGE.indicatorId
                ? livelihoodScore
                : (ZHONGSHAN_2024_FIXTURE.overrides[node.id]?.score ?? '0'),
            reason: judged,
          }
        : node.id === OVERRIDE.id
          ? { score: OVERRIDE.score, reason: OVERRIDE.reason }
          : null;
    return {
      indicatorId: node.id,
      name: node.name,
      observations: observed === undefined ? {} : { [node.id]: observed },
      override,
      findings: judged ?? `经查阅预决算资料、相关制度文件并现场核实，${node.name}情况已逐项核对。`,
      deductionReason:
        node.id === DEMO_REPORT_SCORE_CHANGE.indicatorId && Number(livelihoodScore) < Number(node.weight)
          ? SURVEY_PENDING
          : (DEDUCTION_REASONS[node.id] ?? ''),
    };
  });
}

const FIGURES = Object.entries(ZHONGSHAN_2024_FIXTURE.figures).map(([key, value]) => ({
  key,
  value: String(value),
  verification: 'verified' as const,
  correctedValue: null,
}));

function resultOf(framework: Framework, rows: readonly DemoScoreRow[]): EvaluationResult {
  const inputs = engineInputs(rows.map((row) => ({ ...row, unscoredReason: null })));
  return evaluate(framework, effectiveFigures(FIGURES), inputs.observations, inputs.overrides);
}

const at = (daysAgo: number): Date => new Date(Date.now() - daysAgo * 86_400_000);

/** Printed on the cover of each stage (as the API's STAGE_LABELS). */
const VERSION_LABELS: Readonly<Record<DemoReportVersion['stage'], string>> = {
  draft: '',
  for_feedback: '交换意见稿',
  final_draft: '终稿',
};

/** A saved version as written: its id, stage, model and content hash. */
export interface DemoSavedVersion {
  id: string;
  stage: DemoReportVersion['stage'];
  model: ReportModel;
  contentHash: string;
}

/** The content hash the API records: sha256 of the model's canonical JSON. */
export function demoContentHash(model: ReportModel): string {
  return createHash('sha256').update(canonicalJson(model), 'utf8').digest('hex');
}

/**
 * Fieldwork finished and reported: the unit's figures entered and verified, every indicator scored
 * (observations, judgements and one override with its reason, 完成情况 and 扣分原因), the stored result,
 * then each version saved as the API saves it — the model built by `reportModelOf` from those rows, the
 * gate passed, the content hash of its canonical JSON — and the working draft holding the last narrative.
 */
export async function writeDemoReport(
  manager: EntityManager,
  evaluation: DemoReportEvaluation,
  team: DemoReportTeam,
  versions: readonly DemoReportVersion[],
): Promise<DemoSavedVersion[]> {
  const framework = BUILTIN_FRAMEWORKS[0];
  const last = versions[versions.length - 1];
  if (!framework || !last) throw new Error('Demo report: no framework or no version');
  const key = [evaluation.bureau.id, evaluation.id, evaluation.firm.id, evaluation.unit.id];
  const setOrg = (id: string) => manager.query(`SELECT set_config('app.org_id', $1, true)`, [id]);

  await setOrg(team.liaison.organisationId);
  for (const figure of FIGURES) {
    await manager.query(
      `INSERT INTO evaluation_figure (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, key, value, source_note,
                                      entered_by, entered_by_name, entered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() - interval '40 days')`,
      [
        ...key,
        figure.key,
        figure.value,
        `${evaluation.fiscalYear}年度部门决算报表`,
        team.liaison.userId,
        team.liaison.name,
      ],
    );
  }
  await setOrg(team.evaluator.organisationId);
  await manager.query(
    `UPDATE evaluation_figure
        SET verification = 'verified', verified_by = $3, verified_by_name = $4,
            verified_at = now() - interval '30 days', version = version + 1
      WHERE bureau_org_id = $1 AND evaluation_id = $2`,
    [evaluation.bureau.id, evaluation.id, team.evaluator.userId, team.evaluator.name],
  );

  await setOrg(evaluation.firm.id);
  const final = scoreRows(framework, last.livelihoodScore);
  for (const row of final) {
    const author = row.override ? team.lead : team.evaluator;
    await manager.query(
      `INSERT INTO evaluation_score (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, indicator_id, observations,
                                     override_score, override_reason, findings, deduction_reason, updated_by,
                                     updated_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        ...key,
        row.indicatorId,
        JSON.stringify(row.observations),
        row.override?.score ?? null,
        row.override?.reason ?? null,
        row.findings,
        row.deductionReason,
        author.userId,
        author.name,
      ],
    );
  }
  const finalResult = resultOf(framework, final);
  await manager.query(
    `INSERT INTO evaluation_score_result (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, result, figures, total,
                                          grade, framework_version, engine_version, computed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10)`,
    [
      ...key,
      JSON.stringify(finalResult),
      JSON.stringify(effectiveFigures(FIGURES)),
      finalResult.total,
      finalResult.grade,
      ENGINE_VERSION,
      team.lead.userId,
    ],
  );

  const history = (
    (await manager.query(
      `SELECT event, at FROM evaluation_history WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY seq`,
      [evaluation.bureau.id, evaluation.id],
    )) as { event: string; at: Date }[]
  ).map((entry) => ({ event: entry.event, at: entry.at.toISOString() }));

  let narrative: ReportNarrative | null = null;
  const saved: DemoSavedVersion[] = [];
  for (const [index, version] of versions.entries()) {
    const savedAt = at(version.daysAgo);
    const rows = scoreRows(framework, version.livelihoodScore);
    const result = resultOf(framework, rows);
    const checked = checkNarrative(demoReportNarrative(version.revised));
    if (checked.narrative === null) throw new Error('Demo report: narrative refused');
    narrative = checked.narrative;
    const model: ReportModel = reportModelOf({
      framework,
      result,
      figures: effectiveFigures(FIGURES),
      writings: rows,
      facts: {
        evaluationTitle: evaluation.title,
        unitName: evaluation.unit.name,
        bureauName: evaluation.bureau.name,
        firmName: evaluation.firm.name,
        fiscalYear: evaluation.fiscalYear,
        reportDate: reportDateOf(savedAt),
        fundsInScope: evaluation.fundsInScope,
        history: milestonesOf(history.filter((entry) => new Date(entry.at) <= savedAt)),
      },
      narrative,
      options: { summaryTable: false, versionLabel: VERSION_LABELS[version.stage] },
    });
    const blocking = reportGate(model, result).filter((problem) => problem.severity === 'blocking');
    if (blocking.length > 0) {
      throw new Error(
        `Demo report ${evaluation.title}: gate refuses (${blocking.map((p) => p.code).join(', ')})`,
      );
    }
    const hash = demoContentHash(model);
    const [{ id }] = (await manager.query(
      `INSERT INTO evaluation_report_version
         (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, seq, stage, model, content_hash, total, grade,
          created_by_user_id, created_by_name, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        ...key,
        index + 1,
        version.stage,
        JSON.stringify(model),
        hash,
        model.scores.total,
        model.scores.grade,
        team.lead.userId,
        team.lead.name,
        savedAt,
      ],
    )) as [{ id: string }];
    saved.push({ id, stage: version.stage, model, contentHash: hash });
  }
  await manager.query(
    `INSERT INTO evaluation_report_draft
       (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, narrative, options, updated_by_name, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      ...key,
      JSON.stringify(narrative),
      JSON.stringify({ summaryTable: false, versionLabel: '' }),
      team.lead.name,
      at(last.daysAgo),
    ],
  );
  return saved;
}
