import { reportDateOf } from './report-date';
import type { ReportMilestone } from './report-model';

/** What each lifecycle event means in 二（六）绩效评价工作过程. */
const MILESTONES: Readonly<Record<string, string>> = {
  COMMISSION: '委托单位下达绩效评价委托',
  ACCEPT: '评价机构接受委托，组建评价小组',
  SUBMIT_PLAN: '评价小组制定绩效评价工作方案并报送委托单位',
  APPROVE_PLAN: '委托单位审定工作方案，评价小组进驻开展资料收集与现场评价',
  CLOSE_FIELDWORK: '完成现场评价与数据核实，进入报告撰写',
  SEND_FOR_FEEDBACK: '形成报告征求意见稿，与被评价单位交换意见',
  PRODUCE_FINAL: '根据反馈意见修改形成报告终稿',
  ISSUE: '出具正式评价报告',
};

/**
 * The work process with its real dates: the first time each milestone event happened, oldest first,
 * each dated by its day in China (`at` is an instant).
 */
export function milestonesOf(history: readonly { event: string; at: string }[]): ReportMilestone[] {
  const seen = new Set<string>();
  const milestones: ReportMilestone[] = [];
  for (const entry of [...history].sort((a, b) => a.at.localeCompare(b.at))) {
    const label = MILESTONES[entry.event];
    if (label === undefined || seen.has(entry.event)) continue;
    seen.add(entry.event);
    milestones.push({ key: entry.event.toLowerCase(), label, date: reportDateOf(new Date(entry.at)) });
  }
  return milestones;
}
