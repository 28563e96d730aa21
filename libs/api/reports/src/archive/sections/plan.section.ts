import {
  beijingTime,
  STORED_FILE_COLUMNS,
  storedArchiveFile,
  type ArchiveContext,
  type ArchiveSection,
  type StoredFileRow,
} from './archive-section';
import { historyRows, historyXlsx } from './history-rows';

const FOLDER = '02 工作方案';

interface PlanRow {
  purpose: string;
  basis: string;
  methods: string;
  schedule: string;
  risks: string;
  updated_by_name: string | null;
  updated_at: Date | null;
  submitted_at: Date | null;
}

function planText(title: string, plan: PlanRow): string {
  const part = (heading: string, text: string) => `${heading}\n${text.trim() || '（无）'}\n`;
  return [
    `${title} 评价工作方案`,
    '',
    part('一、评价目的', plan.purpose),
    part('二、评价依据', plan.basis),
    part('三、评价方法', plan.methods),
    part('四、工作安排', plan.schedule),
    part('五、风险及应对', plan.risks),
    `最后修改：${plan.updated_by_name ?? ''} ${beijingTime(plan.updated_at)}`,
    `提交时间：${beijingTime(plan.submitted_at)}`,
    '',
  ].join('\n');
}

/** The work plan (评价工作方案) as text, its attachments, and its submission and approval from the history. */
export const PLAN_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db } = context;
    const [plan] = await db.query<PlanRow>(
      `SELECT purpose, basis, methods, schedule, risks, updated_by_name, updated_at, submitted_at FROM evaluation_plan
        WHERE bureau_org_id = $1 AND evaluation_id = $2`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const attachments = await db.query<StoredFileRow>(
      `SELECT ${STORED_FILE_COLUMNS} FROM evaluation_file f
        WHERE f.bureau_org_id = $1 AND f.evaluation_id = $2 AND f.purpose = 'plan_attachment'
        ORDER BY f.uploaded_at, f.id`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const approvals = await historyRows(context, ['SUBMIT_PLAN', 'RETURN_PLAN', 'APPROVE_PLAN']);
    return [
      ...(plan
        ? [
            {
              section: FOLDER,
              name: '评价工作方案.txt',
              bytes: Buffer.from(planText(evaluation.title, plan), 'utf8'),
              source: 'table:evaluation_plan',
            },
          ]
        : []),
      ...(await Promise.all(
        attachments.map((file, i) => storedArchiveFile(context, FOLDER, file, `附件-${i + 1}-`)),
      )),
      {
        section: FOLDER,
        name: '工作方案审批记录.xlsx',
        bytes: await historyXlsx('工作方案审批记录', approvals),
        source: 'table:evaluation_history',
      },
    ];
  },
};
