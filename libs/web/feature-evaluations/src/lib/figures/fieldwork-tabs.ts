import type { EvaluationDetail } from '@jixiao/contracts';
import { EVALUATION_PHASES, phaseOf } from '@jixiao/domain';

/** 财务数据 from fieldwork on (and in the archive): every party reads the figures. */
export function showsFigures(evaluation: EvaluationDetail): boolean {
  if (evaluation.status === 'archived') return true;
  const phase = phaseOf(evaluation.status);
  return phase !== null && EVALUATION_PHASES.indexOf(phase) >= EVALUATION_PHASES.indexOf('fieldwork');
}

/** 评分工作台: the firm's own, once there are figures and an adopted indicator system. */
export function showsWorkbench(evaluation: EvaluationDetail): boolean {
  return showsFigures(evaluation) && evaluation.myParty === 'firm' && evaluation.framework !== null;
}
