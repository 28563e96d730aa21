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

function answersOf(
  item: ItemRow,
  answers: readonly AnswerRow[],
  files: readonly FileLinkRow[],
): RequestAnswer[] {
  return answers
    .filter((answer) => answer.item_id === item.id)
    .map((answer) => ({
      round: answer.round,
      explanation: answer.explanation,
      files: files
        .filter((file) => file.item_id === item.id && file.round === answer.round)
        .map(toRequestFile),
      submittedAt: answer.submitted_at?.toISOString() ?? null,
      submittedByName: answer.submitted_by_name,
      version: answer.version,
    }));
}

export function toRequestItem(
  item: ItemRow,
  answers: readonly AnswerRow[],
  files: readonly FileLinkRow[],
  situation: Omit<RequestSituation, 'itemStatus'>,
  today: string,
): RequestItem {
  const status = itemStatus(item, answers);
  const due = requestDue(status, item.due_date, today);
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
    answers: answersOf(item, answers, files),
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
  const shown = items.map((item) => toRequestItem(item, answers, files, situation, today));
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
