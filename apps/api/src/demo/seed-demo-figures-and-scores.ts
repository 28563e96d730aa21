import type { EntityManager } from 'typeorm';
import {
  ENGINE_VERSION,
  ZHONGSHAN_2024_FIXTURE,
  deductionReasonRequired,
  effectiveFigures,
  engineInputs,
  evaluate,
  type Framework,
  type ObservedValue,
} from '@jixiao/domain';
import type { DemoActor } from './seed-demo-evaluations';

interface DemoFieldwork {
  title: string;
  liaison: DemoActor;
  evaluator: DemoActor;
  lead: DemoActor;
}

/** The unit mistyped one figure; the team corrects it (the entered value stays beside the correction). */
const MISTYPED: Readonly<Record<string, string>> = { three_public_actual: '27.2' };
/** The team questions one figure and asks for the ledger. */
const QUESTIONED = { key: 'carryover_total', comment: '请提供结转结余明细表以核对“结转结余为0”。' };

/**
 * Most of the workbench is scored: every rule-based indicator and two of the three judgement ones;
 * 满意度 (4.2.1, 酌情) is left for the newcomer to score, so the total appears when they do.
 */
const JUDGED: Readonly<Record<string, string>> = {
  '2.4.1': '资产管理制度健全，账实相符，酌情给满分。',
  '4.1.1': '社区服务对象反映良好，可持续影响明显，酌情给满分。',
};

/**
 * 中山路 2024 in fieldwork: the unit's figures from seed 1's report (some verified, one questioned, one
 * corrected), and the firm's workbench scored for part of the indicator system with the stored result.
 */
export async function seedDemoFiguresAndScores(manager: EntityManager, demo: DemoFieldwork): Promise<void> {
  await manager.query(`SELECT set_config('app.org_id', $1, true)`, [demo.lead.organisationId]);
  const [evaluation] = (await manager.query(
    `SELECT e.bureau_org_id, e.id, e.firm_org_id, e.unit_org_id, f.framework, f.version
       FROM evaluation e JOIN evaluation_framework f ON f.bureau_org_id = e.bureau_org_id AND f.evaluation_id = e.id
      WHERE e.title = $1`,
    [demo.title],
  )) as {
    bureau_org_id: string;
    id: string;
    firm_org_id: string;
    unit_org_id: string;
    framework: Framework;
    version: number;
  }[];
  if (!evaluation) throw new Error(`Demo evaluation ${demo.title} missing`);
  const key = [evaluation.bureau_org_id, evaluation.id, evaluation.firm_org_id, evaluation.unit_org_id];

  await manager.query(`SELECT set_config('app.org_id', $1, true)`, [demo.liaison.organisationId]);
  for (const [figure, value] of Object.entries(ZHONGSHAN_2024_FIXTURE.figures)) {
    await manager.query(
      `INSERT INTO evaluation_figure (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, key, value, source_note,
                                      entered_by, entered_by_name, entered_at)
       VALUES ($1, $2, $3, $4, $5, $6, '2024年度部门决算报表', $7, $8, now())`,
      [...key, figure, MISTYPED[figure] ?? String(value), demo.liaison.userId, demo.liaison.name],
    );
  }

  await manager.query(`SELECT set_config('app.org_id', $1, true)`, [demo.evaluator.organisationId]);
  for (const figure of Object.keys(ZHONGSHAN_2024_FIXTURE.figures)) {
    const corrected = figure in MISTYPED ? String(ZHONGSHAN_2024_FIXTURE.figures[figure]) : null;
    const questioned = figure === QUESTIONED.key;
    await manager.query(
      `UPDATE evaluation_figure
          SET verification = $4, verification_comment = $5, corrected_value = $6, verified_by = $7,
              verified_by_name = $8, verified_at = now(), version = version + 1
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND key = $3`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        figure,
        corrected ? 'corrected' : questioned ? 'questioned' : 'verified',
        corrected
          ? '决算报表“三公”经费支出为2.72万元，填报时小数点错位。'
          : questioned
            ? QUESTIONED.comment
            : '',
        corrected,
        demo.evaluator.userId,
        demo.evaluator.name,
      ],
    );
  }

  const observations = Object.entries(ZHONGSHAN_2024_FIXTURE.observations);
  const judged = Object.entries(JUDGED).map(([id, reason]) => ({
    id,
    score: ZHONGSHAN_2024_FIXTURE.overrides[id]?.score ?? '0',
    reason,
  }));
  const figures = effectiveFigures(
    Object.entries(ZHONGSHAN_2024_FIXTURE.figures).map(([figure, value]) => ({
      key: figure,
      value: String(value),
      verification: 'verified' as const,
      correctedValue: null,
    })),
  );
  const rows = [
    ...observations.map(([id, value]) => ({
      indicatorId: id,
      observations: { [id]: value } as Record<string, ObservedValue>,
      override: null,
      unscoredReason: null,
    })),
    ...judged.map(({ id, score, reason }) => ({
      indicatorId: id,
      observations: {},
      override: { score, reason },
      unscoredReason: null,
    })),
  ];
  const inputs = engineInputs(rows);
  const result = evaluate(evaluation.framework, figures, inputs.observations, inputs.overrides);
  for (const [id, value] of observations) {
    const node = result.nodes.find((candidate) => candidate.id === id);
    const author = id.startsWith('1.') ? demo.lead : demo.evaluator;
    await manager.query(
      `INSERT INTO evaluation_score (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, indicator_id, observations,
                                     findings, deduction_reason, updated_by, updated_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        ...key,
        id,
        JSON.stringify({ [id]: value }),
        '经查阅预决算资料及相关制度文件，情况属实。',
        node && deductionReasonRequired(node) ? '依据评分标准，部分事项未达到要求，相应扣分。' : '',
        author.userId,
        author.name,
      ],
    );
  }
  for (const { id, score, reason } of judged) {
    await manager.query(
      `INSERT INTO evaluation_score (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, indicator_id,
                                     override_score, override_reason, findings, updated_by, updated_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [...key, id, score, reason, reason, demo.lead.userId, demo.lead.name],
    );
  }
  await manager.query(
    `INSERT INTO evaluation_score_result (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, result, figures, total,
                                          grade, framework_version, engine_version, computed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      ...key,
      JSON.stringify(result),
      JSON.stringify(figures),
      result.total,
      result.grade,
      evaluation.version,
      ENGINE_VERSION,
      demo.lead.userId,
    ],
  );
}
