import type { ConsistencyReport, EvaluationResult, FrameworkProblem } from './evaluation.model';
import type { MessageLocale } from '../messages/message';
import { renderMessage } from '../messages/render';

/** A problem with its message in `locale`. */
export function localiseProblem<T extends FrameworkProblem>(problem: T, locale: MessageLocale): T {
  return locale === 'zh-CN' ? problem : { ...problem, message: renderMessage(problem, locale) };
}

/** A result whose explanations are in `locale` (they are computed in zh-CN). */
export function localiseResult(result: EvaluationResult, locale: MessageLocale): EvaluationResult {
  if (locale === 'zh-CN') return result;
  return {
    ...result,
    nodes: result.nodes.map((node) => ({ ...node, explanation: renderMessage(node.detail, locale) })),
    measures: result.measures.map((measure) => ({
      ...measure,
      explanation: renderMessage(measure.detail, locale),
    })),
  };
}

export function localiseReport(report: ConsistencyReport, locale: MessageLocale): ConsistencyReport {
  if (locale === 'zh-CN') return report;
  return {
    ...report,
    findings: report.findings.map((finding) => ({
      ...finding,
      message: renderMessage(finding.detail, locale),
    })),
  };
}
