import { ARCHIVE_PACKAGE_OUTBOX_KIND, QUEUE_ARCHIVE_PACKAGES } from '@jixiao/api-reports';
import { INDICATOR_ANCHOR } from '@jixiao/domain';
import type { EntityManager } from 'typeorm';
import { advanceDemoEvaluation, type DemoLaterStep } from './advance-demo-evaluation';
import { writeDemoFeedback } from './demo-feedback-rows';
import { demoContentHash, writeDemoReport, type DemoSavedVersion } from './demo-report-rows';
import { DemoReviewRows } from './demo-review-rows';
import { seedDemoEvaluation, type DemoActor } from './seed-demo-evaluations';

type Party = { id: string; name: string };

/** 宁边路 2022: in 三级复核, level 1 signed, a level-2 note open (reviewer@ signs once it is resolved). */
export const DEMO_REVIEW_TITLE = '昌吉市人民政府宁边路街道办事处2022年度部门整体支出绩效评价';
/** 中山路 2022: issued (出具), awaiting the bureau's 验收. */
export const DEMO_ISSUED_TITLE = '昌吉市人民政府中山路街道办事处2022年度部门整体支出绩效评价';
/** 宁边路 2021: archived (归档) with its whole trail; its archive package is built on first start. */
export const DEMO_ARCHIVED_TITLE = '昌吉市人民政府宁边路街道办事处2021年度部门整体支出绩效评价';

export interface DemoLifecycleParties {
  bureau: Party;
  firm: Party;
  officer: DemoActor;
  lead: DemoActor;
  evaluator: DemoActor;
  firmAdmin: DemoActor;
  archivist: DemoActor;
  /** The three distinct reviewers, levels 1 to 3; none of them writes the report. */
  reviewers: readonly [DemoActor, DemoActor, DemoActor];
}

export interface DemoUnitParties {
  unit: Party;
  liaison: DemoActor;
  head: DemoActor;
}

type Phase = 'review' | 'issued' | 'archived';

/**
 * The days (before today, plus the evaluation's offset) of one engagement from commission to archive:
 * a month of fieldwork, three weeks of reporting and feedback, a review of a week.
 */
const DAY = {
  commissioned: 70,
  accepted: 67,
  planSubmitted: 63,
  planApproved: 59,
  fieldworkClosed: 32,
  draftSaved: 28,
  feedbackVersionSaved: 22,
  sentForFeedback: 21,
  formFilled: 17,
  formSigned: 15,
  answered: 13,
  finalSaved: 12,
  finalProduced: 11,
  submittedForReview: 10,
  level1Signed: 8,
  noteWritten: 7,
  noteResolved: 6,
  level2Signed: 5,
  level3Signed: 4,
  issued: 3,
  acknowledged: 1,
  archived: 0,
} as const;

export interface DemoSeedOptions {
  /**
   * Queue the archived demo evaluation's packages (default): the API's worker builds them — four report
   * versions in Word and PDF — soon after it starts. Test suites that do not look at them leave it off, so
   * their job workers are not busy with LibreOffice.
   */
  queueArchivePackages?: boolean;
}

/**
 * Issue 11's later phases, each on its own evaluation so a newcomer can open every one: written like
 * the others — the history replayed through the machine, the report's versions built by the report
 * seed's builder and gated, the feedback round (one opinion adopted with the changes it caused, one
 * rejected), the review's sign-offs (checked by the database's trigger), the issued version and its
 * hash, the bureau's acknowledgement, and for the archived one the queued package and its outbox
 * message, as the ARCHIVE hook writes them — so the relay queues the build once the API runs.
 */
export async function seedDemoLifecycle(
  manager: EntityManager,
  parties: DemoLifecycleParties,
  zhongshan: DemoUnitParties,
  ningbian: DemoUnitParties,
  options: DemoSeedOptions = {},
): Promise<void> {
  await seedLaterPhase(manager, parties, ningbian, {
    title: DEMO_REVIEW_TITLE,
    fiscalYear: 2022,
    until: 'review',
    offset: -6,
  });
  await seedLaterPhase(manager, parties, zhongshan, {
    title: DEMO_ISSUED_TITLE,
    fiscalYear: 2022,
    until: 'issued',
    offset: -1,
  });
  await seedLaterPhase(manager, parties, ningbian, {
    title: DEMO_ARCHIVED_TITLE,
    fiscalYear: 2021,
    until: 'archived',
    offset: 30,
    queueArchivePackages: options.queueArchivePackages ?? true,
  });
}

async function seedLaterPhase(
  manager: EntityManager,
  parties: DemoLifecycleParties,
  unitParties: DemoUnitParties,
  spec: { title: string; fiscalYear: number; until: Phase; offset: number; queueArchivePackages?: boolean },
): Promise<void> {
  const { bureau, firm, officer, lead, evaluator } = parties;
  const { unit, liaison, head } = unitParties;
  const day = (key: keyof typeof DAY): number => DAY[key] + spec.offset;
  const dueIn = (key: keyof typeof DAY, slack: number): number => slack - day(key);
  const id = await seedDemoEvaluation(manager, {
    title: spec.title,
    fiscalYear: spec.fiscalYear,
    fundsInScope: '4184.69',
    focus: '重点关注预算执行率和居民满意度。',
    requirements: '按照《项目支出绩效评价管理办法》开展评价，评价报告应数据准确、结论客观，按期提交。',
    bureau,
    firm,
    unit,
    commissionedBy: officer,
    commissionedDaysAgo: day('commissioned'),
    dueInDays: {
      commission: dueIn('accepted', 1),
      preparation: dueIn('planApproved', 2),
      fieldwork: dueIn('fieldworkClosed', 3),
      draft: dueIn('sentForFeedback', 2),
      feedback: dueIn('finalProduced', 2),
      review: dueIn('issued', 2),
      issue: dueIn('issued', 3),
    },
    steps: [
      { event: 'ACCEPT', by: lead, daysAgo: day('accepted') },
      { event: 'SUBMIT_PLAN', by: lead, daysAgo: day('planSubmitted') },
      { event: 'APPROVE_PLAN', by: officer, comment: '同意按此方案实施。', daysAgo: day('planApproved') },
      { event: 'CLOSE_FIELDWORK', by: lead, daysAgo: day('fieldworkClosed') },
      { event: 'SEND_FOR_FEEDBACK', by: lead, daysAgo: day('sentForFeedback') },
    ],
    team: { lead, evaluators: [evaluator] },
    plan: true,
    facts: { fieldworkBlockers: [], draftReady: true, reportBlockers: [] },
  });
  const key = { bureauOrgId: bureau.id, evaluationId: id, firmOrgId: firm.id, unitOrgId: unit.id };

  const [, sent, final] = await writeDemoReport(
    manager,
    { id, bureau, firm, unit, title: spec.title, fiscalYear: spec.fiscalYear, fundsInScope: '4184.69' },
    { liaison, evaluator, lead },
    [
      { stage: 'draft', daysAgo: day('draftSaved'), revised: false, livelihoodScore: '6' },
      { stage: 'for_feedback', daysAgo: day('feedbackVersionSaved'), revised: false, livelihoodScore: '6' },
      { stage: 'final_draft', daysAgo: day('finalSaved'), revised: true, livelihoodScore: '7' },
    ],
  );
  if (!sent || !final) throw new Error(`Demo evaluation ${spec.title}: versions missing`);

  await writeDemoFeedback(
    manager,
    {
      key,
      fiscalYear: spec.fiscalYear,
      sent,
      acceptedDaysAgo: day('accepted'),
      sentDaysAgo: day('sentForFeedback'),
      lead,
    },
    { liaison, filledDaysAgo: day('formFilled') },
    [
      {
        by: liaison,
        anchor: INDICATOR_ANCHOR('4.2.1'),
        text: '居民满意度问卷已全部回收统计，建议依据问卷结果复核“民生和社会事业发展”的评分。',
        daysAgo: day('formFilled'),
        answer: {
          by: lead,
          decision: 'adopted',
          reason: '采纳。已依据居民满意度问卷统计结果复核评分，并在绩效分析中补充问卷结果。',
          daysAgo: day('answered'),
          changes: { now: final.model, pick: () => true },
        },
      },
      {
        by: liaison,
        anchor: INDICATOR_ANCHOR('2.1.1'),
        text: '年中追加预算主要为上级专项转移支付，非本单位可控，建议预算调整率指标不予扣分。',
        daysAgo: day('formFilled'),
        answer: {
          by: lead,
          decision: 'rejected',
          reason:
            '不予采纳。评分标准以预算调整率衡量预算编制的准确性，上级转移支付已在分析中说明，但不改变调整率的计算口径。',
          daysAgo: day('answered'),
        },
      },
    ],
    { head, daysAgo: day('formSigned') },
  );

  const review = new DemoReviewRows(manager, key);
  const [level1, level2, level3] = parties.reviewers;
  const noteOfLevel2 = {
    level: 2,
    anchor: INDICATOR_ANCHOR('2.1.1'),
    body: '预算调整率的扣分请在工作底稿中附上年中追加预算的批复文件清单，并注明计算口径。',
    author: level2,
    daysAgo: day('noteWritten'),
  };
  const signing = { actorIsReportAuthor: false, actorHasSignedReview: false, openReviewNotes: 0 };
  const steps: DemoLaterStep[] = [
    {
      event: 'PRODUCE_FINAL',
      by: lead,
      daysAgo: day('finalProduced'),
      facts: { unansweredOpinions: 0, feedbackPending: false },
    },
    {
      event: 'SUBMIT_FOR_REVIEW',
      by: lead,
      daysAgo: day('submittedForReview'),
      facts: { firmReviewLevels: 3 },
      applied: () => review.startRound(lead, day('submittedForReview')),
    },
    {
      event: 'SIGN_REVIEW',
      by: level1,
      daysAgo: day('level1Signed'),
      facts: signing,
      applied: async () => {
        await review.signOff(1, level1, final, day('level1Signed'));
        // The level-2 reviewer's note: still open in review; further on, the team has supplied what it
        // asked for and its reviewer resolved it.
        await review.note(
          spec.until === 'review'
            ? noteOfLevel2
            : {
                ...noteOfLevel2,
                resolved: {
                  by: level2,
                  resolution: '评价小组已在工作底稿中补充批复文件清单并注明口径，经核对，意见关闭。',
                  daysAgo: day('noteResolved'),
                },
              },
        );
      },
    },
  ];
  if (spec.until !== 'review') {
    const issued = issuedVersionOf(final);
    steps.push(
      {
        event: 'SIGN_REVIEW',
        by: level2,
        daysAgo: day('level2Signed'),
        facts: signing,
        applied: () => review.signOff(2, level2, final, day('level2Signed')),
      },
      {
        event: 'SIGN_REVIEW',
        by: level3,
        daysAgo: day('level3Signed'),
        facts: signing,
        applied: () => review.signOff(3, level3, final, day('level3Signed')),
      },
      {
        event: 'ISSUE',
        by: parties.firmAdmin,
        daysAgo: day('issued'),
        applied: async () => {
          await review.closeIssued();
          await writeIssuedVersion(manager, key, issued, parties.firmAdmin, day('issued'));
        },
      },
    );
  }
  if (spec.until === 'archived') {
    steps.push(
      { event: 'ACKNOWLEDGE', by: officer, daysAgo: day('acknowledged'), comment: '报告已收悉，验收通过。' },
      {
        event: 'ARCHIVE',
        by: parties.archivist,
        daysAgo: day('archived'),
        applied: spec.queueArchivePackages
          ? () => queueArchivePackage(manager, key, parties.archivist)
          : undefined,
      },
    );
  }
  await advanceDemoEvaluation(manager, { bureauOrgId: bureau.id, id }, steps);
}

/** The issued version (出具): the signed 终稿's content with the issued cover (no stage label). */
function issuedVersionOf(final: DemoSavedVersion): DemoSavedVersion {
  const model = { ...final.model, options: { ...final.model.options, versionLabel: '' } };
  return { id: '', stage: final.stage, model, contentHash: demoContentHash(model) };
}

async function writeIssuedVersion(
  manager: EntityManager,
  key: { bureauOrgId: string; evaluationId: string; firmOrgId: string; unitOrgId: string },
  issued: DemoSavedVersion,
  by: DemoActor,
  daysAgo: number,
): Promise<void> {
  await manager.query(`SELECT set_config('app.org_id', $1, true)`, [key.firmOrgId]);
  await manager.query(
    `INSERT INTO evaluation_report_version
       (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, seq, stage, model, content_hash, total, grade,
        created_by_user_id, created_by_name, created_at)
     SELECT $1, $2, $3, $4, COALESCE(MAX(seq), 0) + 1, 'issued', $5, $6, $7, $8, $9, $10,
            now() - make_interval(days => $11)
       FROM evaluation_report_version WHERE bureau_org_id = $1 AND evaluation_id = $2`,
    [
      key.bureauOrgId,
      key.evaluationId,
      key.firmOrgId,
      key.unitOrgId,
      JSON.stringify(issued.model),
      issued.contentHash,
      issued.model.scores.total,
      issued.model.scores.grade,
      by.userId,
      by.name,
      daysAgo,
    ],
  );
}

/** What the ARCHIVE hook writes: the package row (queued) and the message the relay turns into the build job. */
async function queueArchivePackage(
  manager: EntityManager,
  key: { bureauOrgId: string; evaluationId: string; firmOrgId: string; unitOrgId: string },
  archivist: DemoActor,
): Promise<void> {
  await manager.query(`SELECT set_config('app.org_id', $1, true)`, [key.firmOrgId]);
  await manager.query(QUEUE_ARCHIVE_PACKAGES, [
    key.bureauOrgId,
    key.evaluationId,
    key.firmOrgId,
    key.unitOrgId,
    archivist.userId,
    archivist.name,
  ]);
  await manager.query(`INSERT INTO outbox_message (organisation_id, kind, payload) VALUES ($1, $2, $3)`, [
    archivist.organisationId,
    ARCHIVE_PACKAGE_OUTBOX_KIND,
    JSON.stringify({ bureauOrgId: key.bureauOrgId, evaluationId: key.evaluationId }),
  ]);
}
