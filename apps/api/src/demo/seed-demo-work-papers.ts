import type { EntityManager } from 'typeorm';
import type { DemoActor } from './seed-demo-evaluations';

interface DemoPaper {
  subject: { indicatorId: string; topic: null } | { indicatorId: null; topic: string };
  body: string;
  author: DemoActor;
  reviewer: DemoActor;
  review?: { note: string };
}

/**
 * Two work papers (工作底稿) on the evaluation in fieldwork, as the firm: one per indicator, signed
 * off by the firm's reviewer, and one interview note still waiting for its review. Only the firm sees them.
 */
export async function seedDemoWorkPapers(
  manager: EntityManager,
  evaluationTitle: string,
  people: { lead: DemoActor; evaluator: DemoActor; reviewer: DemoActor },
): Promise<void> {
  const firmId = people.lead.organisationId;
  await manager.query(`SELECT set_config('app.org_id', $1, true)`, [firmId]);
  const [evaluation] = (await manager.query(
    `SELECT bureau_org_id, id, firm_org_id, unit_org_id FROM evaluation WHERE title = $1 AND firm_org_id = $2`,
    [evaluationTitle, firmId],
  )) as { bureau_org_id: string; id: string; firm_org_id: string; unit_org_id: string }[];
  if (!evaluation) throw new Error(`Demo evaluation ${evaluationTitle} missing`);

  const papers: DemoPaper[] = [
    {
      subject: { indicatorId: '1.1.1.1', topic: null },
      body: [
        '核查范围：2024 年度基本支出和项目支出凭证，按金额分层抽取 40 笔（占支出总额 31.6%）。',
        '核查结果：支出均有预算指标和审批手续，未发现超范围、超标准支出；2 笔办公用品采购附件缺少验收单，已要求补充。',
        '结论：资金支出基本规范，建议按 1 项不规范扣分。',
      ].join('\n'),
      author: people.lead,
      reviewer: people.reviewer,
      review: { note: '抽样覆盖合理，扣分依据充分，同意。' },
    },
    {
      subject: { indicatorId: null, topic: '访谈记录：财务负责人' },
      body: [
        '时间：现场评价第 2 天上午；地点：街道办财务室；访谈对象：财务负责人。',
        '要点：1. 年中预算调整 2 次，均有党工委会议纪要；2. 结转资金主要为老旧小区改造尾款；3. 绩效目标由各科室填报，财务汇总。',
        '待核实：预算调整金额与决算报表的差异。',
      ].join('\n'),
      author: people.evaluator,
      reviewer: people.lead,
    },
  ];

  for (const paper of papers) {
    const [{ id }] = (await manager.query(
      `INSERT INTO evaluation_work_paper (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, indicator_id, topic, body,
                                          author_user_id, author_name, reviewer_user_id, reviewer_name, updated_by_name,
                                          reviewed_version, reviewed_at, review_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $9, $12, CASE WHEN $12::int IS NULL THEN NULL ELSE now() END, $13)
       RETURNING id`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        paper.subject.indicatorId,
        paper.subject.topic,
        paper.body,
        paper.author.userId,
        paper.author.name,
        paper.reviewer.userId,
        paper.reviewer.name,
        paper.review ? 1 : null,
        paper.review?.note ?? null,
      ],
    )) as [{ id: string }];
    const history = [
      { actor: paper.author, event: 'created', body: paper.body, note: null },
      ...(paper.review
        ? [{ actor: paper.reviewer, event: 'reviewed', body: null, note: paper.review.note }]
        : []),
    ];
    for (const [index, entry] of history.entries()) {
      await manager.query(
        `INSERT INTO evaluation_work_paper_history (bureau_org_id, evaluation_id, paper_id, seq, firm_org_id, unit_org_id,
                                                    actor_user_id, actor_name, event, version, body, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $11)`,
        [
          evaluation.bureau_org_id,
          evaluation.id,
          id,
          index + 1,
          evaluation.firm_org_id,
          evaluation.unit_org_id,
          entry.actor.userId,
          entry.actor.name,
          entry.event,
          entry.body,
          entry.note,
        ],
      );
    }
  }
}
