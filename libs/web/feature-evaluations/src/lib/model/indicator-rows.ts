import type { IndicatorNode } from '@jixiao/domain';

export interface IndicatorRow {
  id: string;
  name: string;
  weight: string;
  standard: string;
  /** 1 for 一级指标. */
  level: number;
}

/** The indicator tree as rows in reading order, with their level, for a read-only table. */
export function indicatorRows(nodes: readonly IndicatorNode[], level = 1): IndicatorRow[] {
  return nodes.flatMap((node) => [
    { id: node.id, name: node.name, weight: node.weight, standard: node.standard ?? '', level },
    ...indicatorRows(node.children ?? [], level + 1),
  ]);
}
