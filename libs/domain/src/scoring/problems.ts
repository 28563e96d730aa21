import type { FrameworkProblem } from './evaluation.model';

export function error(code: string, nodeId: string | null, message: string): FrameworkProblem {
  return { severity: 'error', code, nodeId, message };
}

export function warning(code: string, nodeId: string | null, message: string): FrameworkProblem {
  return { severity: 'warning', code, nodeId, message };
}
