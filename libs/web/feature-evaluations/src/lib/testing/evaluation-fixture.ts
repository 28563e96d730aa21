import type { EvaluationDetail } from '@jixiao/contracts';

/** An evaluation in preparation as a firm's team lead sees it; tests override what they need. */
export function anEvaluation(overrides: Partial<EvaluationDetail> = {}): EvaluationDetail {
  return {
    id: 'e1',
    title: '中山路街道办事处2025年度部门整体支出绩效评价',
    kind: 'department_overall',
    fiscalYear: 2025,
    status: 'preparation.drafting',
    phase: 'preparation',
    bureau: { id: 'b1', name: '某市财政局' },
    firm: { id: 'f1', name: '某会计师事务所' },
    unit: { id: 'u1', name: '中山路街道办事处' },
    myParty: 'firm',
    fundsInScope: '1286.50',
    dueDates: { preparation: '2026-03-31', fieldwork: '2026-05-31' },
    currentDueDate: '2026-03-31',
    overdue: false,
    updatedAt: '2026-01-05T08:00:00Z',
    version: 3,
    focus: '预算执行与资金使用效益',
    requirements: '按期提交报告',
    cancelReason: null,
    availableEvents: [],
    availableWork: [],
    team: [],
    plan: null,
    framework: null,
    files: [],
    history: [],
    planBlockers: [],
    fieldworkBlockers: [],
    ...overrides,
  };
}
