import type { FieldProblem } from '@jixiao/api-platform';
import type { Locale } from '@jixiao/contracts';
import { msg, renderMessage, type Message } from '@jixiao/domain';

function actual(value: unknown): Message {
  if (typeof value === 'string') return msg('actual.string', { value });
  if (value === null) return msg('actual.null');
  return msg('actual.other', { type: msg(typeof value === 'object' ? 'type.object' : 'type.boolean') });
}

/** A stated total is a number or a decimal text ("92.5"), a stated grade a text. */
export function statedProblems(stated: unknown, locale: Locale): FieldProblem[] {
  if (stated === undefined) return [];
  const { total, grade } = stated as { total?: unknown; grade?: unknown };
  const problems: FieldProblem[] = [];
  if (
    total !== undefined &&
    typeof total !== 'string' &&
    !(typeof total === 'number' && Number.isFinite(total))
  ) {
    const message = msg('stated.wrong_type', {
      what: msg('stated.total'),
      type: msg('type.number'),
      actual: actual(total),
    });
    problems.push({
      field: 'stated.total',
      code: 'stated.wrong_type',
      message: renderMessage(message, locale),
    });
  }
  if (grade !== undefined && typeof grade !== 'string') {
    const message = msg('stated.wrong_type', {
      what: msg('stated.grade'),
      type: msg('type.string'),
      actual: actual(grade),
    });
    problems.push({
      field: 'stated.grade',
      code: 'stated.wrong_type',
      message: renderMessage(message, locale),
    });
  }
  return problems;
}
