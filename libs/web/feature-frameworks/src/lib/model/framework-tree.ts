import type { Framework, IndicatorNode } from '@jixiao/domain';
import Decimal from 'decimal.js';

/** One visible row of the indicator tree table. */
export interface TreeRow {
  node: IndicatorNode;
  level: number;
  parentId: string | null;
  hasChildren: boolean;
  expanded: boolean;
  /** Sum of the children's weights (exact decimal), null for leaves. */
  childSum: string | null;
  /** The children's weights do not add up to this node's weight. */
  sumDiffers: boolean;
}

/** Where a node sits: its siblings array and index. */
interface Location {
  siblings: IndicatorNode[];
  index: number;
  parent: IndicatorNode | null;
}

function decimalOrNull(value: string): Decimal | null {
  try {
    const parsed = new Decimal(value.trim());
    return parsed.isFinite() ? parsed : null;
  } catch {
    return null;
  }
}

/** Sum of the weights of `nodes` as a decimal string; null when a weight is not a number. */
export function weightSum(nodes: readonly IndicatorNode[]): string | null {
  let sum = new Decimal(0);
  for (const node of nodes) {
    const weight = decimalOrNull(node.weight);
    if (weight === null) return null;
    sum = sum.plus(weight);
  }
  return sum.toString();
}

/** Whether two decimal strings are the same number (false when either is not a number). */
export function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const left = decimalOrNull(a);
  const right = decimalOrNull(b);
  return left !== null && right !== null && left.equals(right);
}

/** The rows of the tree in display order, skipping the children of collapsed nodes. */
export function treeRows(indicators: readonly IndicatorNode[], collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (nodes: readonly IndicatorNode[], level: number, parentId: string | null): void => {
    for (const node of nodes) {
      const children = node.children ?? [];
      const hasChildren = children.length > 0;
      const expanded = hasChildren && !collapsed.has(node.id);
      const childSum = hasChildren ? weightSum(children) : null;
      rows.push({
        node,
        level,
        parentId,
        hasChildren,
        expanded,
        childSum,
        sumDiffers: hasChildren && !sameDecimal(childSum, node.weight),
      });
      if (expanded) walk(children, level + 1, node.id);
    }
  };
  walk(indicators, 1, null);
  return rows;
}

export function findNode(indicators: readonly IndicatorNode[], id: string): IndicatorNode | null {
  for (const node of indicators) {
    if (node.id === id) return node;
    const found = findNode(node.children ?? [], id);
    if (found) return found;
  }
  return null;
}

/** Every node id in the tree, depth first. */
export function allNodeIds(indicators: readonly IndicatorNode[]): string[] {
  return indicators.flatMap((node) => [node.id, ...allNodeIds(node.children ?? [])]);
}

/** Leaves in display order, with their level. */
export function leaves(
  indicators: readonly IndicatorNode[],
  level = 1,
): { node: IndicatorNode; level: number }[] {
  return indicators.flatMap((node) =>
    node.children?.length ? leaves(node.children, level + 1) : [{ node, level }],
  );
}

/** A deep copy that can be changed freely (frameworks are plain JSON). */
function cloneFramework(framework: Framework): Framework {
  return structuredClone(framework);
}

function locate(
  indicators: IndicatorNode[],
  id: string,
  parent: IndicatorNode | null = null,
): Location | null {
  const index = indicators.findIndex((node) => node.id === id);
  if (index >= 0) return { siblings: indicators, index, parent };
  for (const node of indicators) {
    const found = locate(node.children ?? [], id, node);
    if (found) return found;
  }
  return null;
}

/** A new id under `parentId` (or at level 1) that no node uses yet: "2.3", "2.4" … */
export function nextChildId(framework: Framework, parentId: string | null): string {
  const used = new Set(allNodeIds(framework.indicators));
  const siblings =
    parentId === null ? framework.indicators : (findNode(framework.indicators, parentId)?.children ?? []);
  for (let n = siblings.length + 1; ; n++) {
    const candidate = parentId === null ? String(n) : `${parentId}.${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

function newNode(id: string, name: string): IndicatorNode {
  return { id, name, weight: '0', rule: { kind: 'judgement' } };
}

/**
 * Adds a child to `parentId` (null = a new level-1 indicator). A leaf that gets its first child
 * gives up its rule: a parent scores the sum of its children. Returns the new framework and node id.
 */
export function addChild(
  framework: Framework,
  parentId: string | null,
  name: string,
): { framework: Framework; id: string } {
  const next = cloneFramework(framework);
  const id = nextChildId(next, parentId);
  if (parentId === null) {
    next.indicators.push(newNode(id, name));
    return { framework: next, id };
  }
  const parent = findNode(next.indicators, parentId);
  if (!parent) return { framework, id: parentId };
  if (!parent.children?.length) delete parent.rule;
  parent.children = [...(parent.children ?? []), newNode(id, name)];
  return { framework: next, id };
}

/** Adds a node right after `siblingId`, under the same parent. */
export function addSibling(
  framework: Framework,
  siblingId: string,
  name: string,
): { framework: Framework; id: string } {
  const next = cloneFramework(framework);
  const at = locate(next.indicators, siblingId);
  if (!at) return { framework, id: siblingId };
  const id = nextChildId(next, at.parent?.id ?? null);
  at.siblings.splice(at.index + 1, 0, newNode(id, name));
  return { framework: next, id };
}

/** Removes a node and its subtree. */
export function removeNode(framework: Framework, id: string): Framework {
  const next = cloneFramework(framework);
  const at = locate(next.indicators, id);
  if (!at) return framework;
  at.siblings.splice(at.index, 1);
  if (at.parent && at.parent.children?.length === 0) delete at.parent.children;
  return next;
}

/** Moves a node one place up (-1) or down (+1) among its siblings; unchanged at either end. */
export function moveNode(framework: Framework, id: string, delta: -1 | 1): Framework {
  const next = cloneFramework(framework);
  const at = locate(next.indicators, id);
  if (!at) return framework;
  const target = at.index + delta;
  if (target < 0 || target >= at.siblings.length) return framework;
  const [node] = at.siblings.splice(at.index, 1);
  if (node) at.siblings.splice(target, 0, node);
  return next;
}

/** Whether a node can move up / down. */
export function canMove(framework: Framework, id: string, delta: -1 | 1): boolean {
  const at = locate(framework.indicators, id);
  if (!at) return false;
  const target = at.index + delta;
  return target >= 0 && target < at.siblings.length;
}

/** Replaces fields of one node (`children` are kept). */
export function updateNode(
  framework: Framework,
  id: string,
  patch: Partial<Omit<IndicatorNode, 'children'>>,
): Framework {
  const next = cloneFramework(framework);
  const node = findNode(next.indicators, id);
  if (!node) return framework;
  Object.assign(node, patch);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete (node as unknown as Record<string, unknown>)[key];
  }
  return next;
}
