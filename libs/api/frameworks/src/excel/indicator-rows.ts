import type { IndicatorNode } from '@jixiao/domain';

/** Thrown when a tree cannot be written as rows: a child's id must be its parent's id, ".", and a part. */
export class FrameworkLayoutError extends Error {
  constructor(readonly nodeId: string) {
    super(
      `Indicator id "${nodeId}" does not follow its parent's id ("1.2" under "1"); the sheet cannot express it`,
    );
    this.name = 'FrameworkLayoutError';
  }
}

const PART = /^[^\s.]+$/;

/** The nodes in tree order (parent before its children), checking that every id shows its parent. */
export function nodesInTreeOrder(
  nodes: readonly IndicatorNode[],
  parentId: string | null = null,
): IndicatorNode[] {
  return nodes.flatMap((node) => {
    const prefix = parentId === null ? '' : `${parentId}.`;
    if (!node.id.startsWith(prefix) || !PART.test(node.id.slice(prefix.length))) {
      throw new FrameworkLayoutError(node.id);
    }
    return [node, ...nodesInTreeOrder(node.children ?? [], node.id)];
  });
}
