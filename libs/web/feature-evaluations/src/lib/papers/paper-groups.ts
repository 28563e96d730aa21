import type { WorkPaperSummary } from '@jixiao/contracts';
import type { IndicatorNode } from '@jixiao/domain';

export interface PaperGroup {
  key: string;
  /** The indicator's id, or null for a topic group. */
  indicatorId: string | null;
  /** `1.1.1.1 资金支出规范性`, or the topic's title. */
  title: string;
  papers: WorkPaperSummary[];
}

function indicatorNames(
  nodes: readonly IndicatorNode[],
  into = new Map<string, string>(),
): Map<string, string> {
  for (const node of nodes) {
    into.set(node.id, node.name);
    indicatorNames(node.children ?? [], into);
  }
  return into;
}

/**
 * The papers grouped the way the team reads them: one group per indicator in the indicator system's
 * order (an indicator no longer in the system after it, by id), then one group per topic title.
 */
export function paperGroups(
  papers: readonly WorkPaperSummary[],
  indicators: readonly IndicatorNode[],
): PaperGroup[] {
  const names = indicatorNames(indicators);
  const order = [...names.keys()];
  const groups = new Map<string, PaperGroup>();
  for (const paper of papers) {
    const key = paper.indicatorId !== null ? `i:${paper.indicatorId}` : `t:${paper.topic ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const title =
        paper.indicatorId !== null
          ? `${paper.indicatorId} ${names.get(paper.indicatorId) ?? ''}`.trim()
          : (paper.topic ?? '');
      group = { key, indicatorId: paper.indicatorId, title, papers: [] };
      groups.set(key, group);
    }
    group.papers.push(paper);
  }
  const rank = (group: PaperGroup): [number, number, string] => {
    if (group.indicatorId === null) return [2, 0, group.title];
    const index = order.indexOf(group.indicatorId);
    return index < 0 ? [1, 0, group.indicatorId] : [0, index, ''];
  };
  return [...groups.values()].sort((a, b) => {
    const [ga, ia, ta] = rank(a);
    const [gb, ib, tb] = rank(b);
    return ga - gb || ia - ib || ta.localeCompare(tb, 'zh-CN');
  });
}

export interface IndicatorOption {
  id: string;
  label: string;
  level: number;
}

/** Every indicator of the system in reading order, for the new paper's picker. */
export function indicatorOptions(nodes: readonly IndicatorNode[], level = 1): IndicatorOption[] {
  return nodes.flatMap((node) => [
    { id: node.id, label: `${node.id} ${node.name}`, level },
    ...indicatorOptions(node.children ?? [], level + 1),
  ]);
}
