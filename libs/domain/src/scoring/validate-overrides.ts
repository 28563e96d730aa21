import { dec, isDecimalString, roundScore } from './decimal';
import type { FrameworkProblem, Overrides } from './evaluation.model';
import type { Framework, IndicatorNode } from './framework.model';
import { error } from './problems';

function indexNodes(
  nodes: readonly IndicatorNode[],
  into = new Map<string, IndicatorNode>(),
): Map<string, IndicatorNode> {
  for (const node of nodes) {
    into.set(node.id, node);
    indexNodes(node.children ?? [], into);
  }
  return into;
}

/** Every override names a node of the framework, has a reason, and a score within [0, weight]. */
export function validateOverrides(framework: Framework, overrides: Overrides): FrameworkProblem[] {
  const nodes = indexNodes(framework.indicators);
  const problems: FrameworkProblem[] = [];
  for (const [id, override] of Object.entries(overrides)) {
    const node = nodes.get(id);
    if (node === undefined) {
      problems.push(error('override.unknown_id', id, `人工调整引用了不存在的指标“${id}”`));
      continue;
    }
    if (typeof override !== 'object' || override === null) {
      problems.push(error('override.invalid_score', id, `指标“${node.name}”的人工调整应写明分数和理由`));
      continue;
    }
    if (typeof override.reason !== 'string' || override.reason.trim() === '') {
      problems.push(error('override.missing_reason', id, `指标“${node.name}”的人工调整未说明理由`));
    }
    if (!isDecimalString(override.score)) {
      problems.push(
        error(
          'override.invalid_score',
          id,
          `指标“${node.name}”的人工分数“${String(override.score)}”不是有效数字`,
        ),
      );
      continue;
    }
    const score = dec(override.score);
    const weight = dec(node.weight);
    if (score.lessThan(0) || score.greaterThan(weight)) {
      problems.push(
        error(
          'override.out_of_range',
          id,
          `指标“${node.name}”的人工分数 ${roundScore(score)} 不在 0–${roundScore(weight)} 分之间`,
        ),
      );
    }
  }
  return problems;
}
