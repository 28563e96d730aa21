import type { IndicatorNode } from './framework.model';

/** How many indicators a system has, at every level (一级、二级、三级 …): what a library lists beside its name. */
export function countIndicators(nodes: readonly IndicatorNode[]): number {
  return nodes.reduce((count, node) => count + 1 + countIndicators(node.children ?? []), 0);
}
