import { renderMessage, type EvaluationEventType } from '@jixiao/domain';
import { writeTableXlsx } from '../codec';
import { beijingTime, type ArchiveContext } from './archive-section';

export interface HistoryRow {
  seq: number;
  at: Date;
  actor_name: string;
  actor_org_name: string;
  event: EvaluationEventType;
  from_status: string | null;
  to_status: string;
  comment: string | null;
}

/** The evaluation's history entries, all or those of the given events, in order. */
export function historyRows(
  context: ArchiveContext,
  events: readonly EvaluationEventType[] | null = null,
): Promise<HistoryRow[]> {
  const { evaluation, db } = context;
  return db.query<HistoryRow>(
    `SELECT seq, at, actor_name, actor_org_name, event, from_status, to_status, comment FROM evaluation_history
      WHERE bureau_org_id = $1 AND evaluation_id = $2 AND ($3::text[] IS NULL OR event = ANY($3))
      ORDER BY seq`,
    [evaluation.bureauOrgId, evaluation.id, events],
  );
}

function eventLabel(event: EvaluationEventType): string {
  return renderMessage({ code: `notification.event.${event}` }, 'zh-CN');
}

/** History entries as a workbook: who did what, when, from which status to which, and why. */
export function historyXlsx(sheet: string, rows: readonly HistoryRow[]): Promise<Buffer> {
  return writeTableXlsx(
    sheet,
    [
      { header: '序号', width: 6, value: (row: HistoryRow) => row.seq },
      { header: '时间（北京时间）', width: 20, value: (row: HistoryRow) => beijingTime(row.at) },
      { header: '操作人', width: 14, value: (row: HistoryRow) => row.actor_name },
      { header: '单位', width: 28, value: (row: HistoryRow) => row.actor_org_name },
      { header: '操作', width: 24, value: (row: HistoryRow) => eventLabel(row.event) },
      { header: '事件代码', width: 18, value: (row: HistoryRow) => row.event },
      { header: '原状态', width: 14, value: (row: HistoryRow) => row.from_status ?? '' },
      { header: '新状态', width: 14, value: (row: HistoryRow) => row.to_status },
      { header: '说明', width: 60, value: (row: HistoryRow) => row.comment ?? '' },
    ],
    rows,
  );
}
