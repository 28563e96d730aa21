import type { FrameworkProblem } from './evaluation.model';
import type { MessageCode } from '../messages/catalog';
import type { MessageParams } from '../messages/message';
import { renderMessage } from '../messages/render';

function problem(
  severity: FrameworkProblem['severity'],
  code: MessageCode,
  nodeId: string | null,
  params: MessageParams,
): FrameworkProblem {
  return { severity, code, nodeId, message: renderMessage({ code, params }), params };
}

export function error(
  code: MessageCode,
  nodeId: string | null,
  params: MessageParams = {},
): FrameworkProblem {
  return problem('error', code, nodeId, params);
}

export function warning(
  code: MessageCode,
  nodeId: string | null,
  params: MessageParams = {},
): FrameworkProblem {
  return problem('warning', code, nodeId, params);
}
