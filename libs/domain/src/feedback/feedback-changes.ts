import { scoreChanges, textChanges } from '../report/report-diff';
import type { ReportModel } from '../report/report-model';
import type { FeedbackChange } from './feedback-form';

/**
 * The changes an adopted opinion may link to: the text and score changes between the 交换意见稿 and the
 * report now, each with a key stable for the same two reports (`score:<id>`, `text:<place>#<n>`).
 */
export function feedbackChangeCandidates(sent: ReportModel, now: ReportModel): FeedbackChange[] {
  const counters = new Map<string, number>();
  const texts: FeedbackChange[] = textChanges(sent, now).map((change) => {
    const n = counters.get(change.place) ?? 0;
    counters.set(change.place, n + 1);
    return { kind: 'text', key: `text:${change.place}#${n}`, ...change };
  });
  const scores: FeedbackChange[] = scoreChanges(sent, now).map((change) => ({
    kind: 'score',
    key: `score:${change.id}`,
    ...change,
  }));
  return [...scores, ...texts];
}

/** One line describing a change, as 附件2 prints it. */
export function changeSummary(change: FeedbackChange): string {
  if (change.kind === 'score')
    return `${change.id} ${change.name}：${change.before ?? '—'} → ${change.after ?? '—'}`;
  return `${change.place}：${change.after === null ? '删除一段' : change.before === null ? '新增一段' : '修改一段'}`;
}
