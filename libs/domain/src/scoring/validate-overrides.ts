import { dec, isDecimalString, roundScore } from './decimal';
import type { FrameworkProblem, Overrides } from './evaluation.model';
import type { Framework, IndicatorNode } from './framework.model';
import { error } from './problems';

export function indexNodes(
  nodes: readonly IndicatorNode[],
  into = new Map<string, IndicatorNode>(),
): Map<string, IndicatorNode> {
  for (const node of nodes) {
    into.set(node.id, node);
    indexNodes(node.children ?? [], into);
  }
  return into;
}

/** Every override names a node of the framework, is `{score, reason}`, has a reason and a score within [0, weight]. */
export function validateOverrides(framework: Framework, overrides: Overrides): FrameworkProblem[] {
  const nodes = indexNodes(framework.indicators);
  const problems: FrameworkProblem[] = [];
  for (const [id, value] of Object.entries(overrides as Readonly<Record<string, unknown>>)) {
    const node = nodes.get(id);
    if (node === undefined) {
      problems.push(error('override.unknown_id', id, { id }));
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(error('override.not_object', id, { id }));
      continue;
    }
    const override = value as { score?: unknown; reason?: unknown };
    if (typeof override.reason !== 'string' || override.reason.trim() === '') {
      problems.push(error('override.missing_reason', id, { name: node.name }));
    }
    if (typeof override.score !== 'string' || !isDecimalString(override.score)) {
      problems.push(error('override.invalid_score', id, { name: node.name, score: String(override.score) }));
      continue;
    }
    const score = dec(override.score);
    const weight = dec(node.weight);
    if (score.lessThan(0) || score.greaterThan(weight)) {
      problems.push(
        error('override.out_of_range', id, {
          name: node.name,
          score: roundScore(score),
          weight: roundScore(weight),
        }),
      );
    }
  }
  return problems;
}
