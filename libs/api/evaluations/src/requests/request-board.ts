import type { RequestAnswer, RequestBoard, RequestItem } from '@jixiao/contracts';
import {
  allowedRequestActions,
  REQUEST_STATUSES,
  requestDue,
  requestRefusal,
  requestStatusOf,
  type IndicatorNode,
  type RequestSituation,
  type RequestStatus,
} from '@jixiao/domain';
import { toRequestFile, type AnswerRow, type FileLinkRow, type ItemRow } from './request-rows';

/** The shown status of an item, from its stored state and the answer rows the caller sees. */
export function itemStatus(item: ItemRow, answers: readonly AnswerRow[]): RequestStatus {
  const current = answers.find((answer) => answer.item_id === item.id && answer.round === item.round);
  return requestStatusOf(item.state, current?.submitted_at != null);
}

/** Rows grouped by a key once, so a board of hundreds of items is assembled in linear time. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

function toAnswer(answer: AnswerRow, files: readonly FileLinkRow[]): RequestAnswer {
  return {
    round: answer.round,
    explanation: answer.explanation,
    files: files.map(toRequestFile),
    submittedAt: answer.submitted_at?.toISOString() ?? null,
    submittedByName: answer.submitted_by_name,
    version: answer.version,
  };
}

/** One item as the caller sees it; `answers` and `files` are the item's own. */
export function toRequestItem(
  item: ItemRow,
  answers: readonly AnswerRow[],
  files: readonly FileLinkRow[],
  situation: Omit<RequestSituation, 'itemStatus'>,
  today: string,
): RequestItem {
  const status = itemStatus(item, answers);
  const due = requestDue(status, item.due_date, today);
  const filesByRound = groupBy(files, (file) => String(file.round));
  return {
    id: item.id,
    seq: item.seq,
    title: item.title,
    reason: item.reason,
    indicatorIds: item.indicator_ids,
    dueDate: item.due_date,
    required: item.required,
    status,
    round: item.round,
    overdue: due.overdue,
    daysOverdue: due.daysOverdue,
    decisionReason: item.decision_reason,
    sentAt: item.sent_at?.toISOString() ?? null,
    answers: answers.map((answer) => toAnswer(answer, filesByRound.get(String(answer.round)) ?? [])),
    allowedActions: allowedRequestActions({ ...situation, itemStatus: status }),
    version: item.version,
  };
}

function allIndicators(nodes: readonly IndicatorNode[]): { id: string; name: string }[] {
  return nodes.flatMap((node) => [{ id: node.id, name: node.name }, ...allIndicators(node.children ?? [])]);
}

/** The whole board: items, counts per status and overdue, and what the caller may start. */
export function toRequestBoard(
  items: readonly ItemRow[],
  answers: readonly AnswerRow[],
  files: readonly FileLinkRow[],
  situation: Omit<RequestSituation, 'itemStatus'>,
  today: string,
  indicators: readonly IndicatorNode[],
): RequestBoard {
  const answersByItem = groupBy(answers, (answer) => answer.item_id);
  const filesByItem = groupBy(files, (file) => file.item_id);
  const shown = items.map((item) =>
    toRequestItem(item, answersByItem.get(item.id) ?? [], filesByItem.get(item.id) ?? [], situation, today),
  );
  const counts = Object.fromEntries(REQUEST_STATUSES.map((status) => [status, 0])) as Record<
    RequestStatus,
    number
  >;
  for (const item of shown) counts[item.status] += 1;
  return {
    items: shown,
    counts,
    overdue: shown.filter((item) => item.overdue).length,
    today,
    canCreate: requestRefusal('create', { ...situation, itemStatus: null }) === null,
    canAnswer: requestRefusal('answer', { ...situation, itemStatus: 'sent' }) === null,
    indicators: allIndicators(indicators),
  };
}
