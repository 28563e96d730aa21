import { validateFramework } from '@jixiao/domain';
import { figureKeys, observedLeaves } from './framework-inputs';
import {
  addChild,
  addSibling,
  allNodeIds,
  canMove,
  findNode,
  moveNode,
  removeNode,
  treeRows,
  updateNode,
  weightSum,
} from './framework-tree';
import { minimalFramework } from './minimal-framework';
import { testFramework } from './test-framework';

describe('framework tree model', () => {
  it('lists rows depth first with levels and the live sum of the children', () => {
    const rows = treeRows(testFramework().indicators, new Set());
    expect(rows.map((row) => [row.node.id, row.level])).toEqual([
      ['1', 1],
      ['1.1', 2],
      ['1.2', 2],
      ['2', 1],
      ['2.1', 2],
    ]);
    expect(rows[0]).toMatchObject({ hasChildren: true, childSum: '60', sumDiffers: false });
    expect(rows[1]).toMatchObject({ hasChildren: false, childSum: null, sumDiffers: false });
  });

  it('hides the children of collapsed nodes', () => {
    const rows = treeRows(testFramework().indicators, new Set(['1']));
    expect(rows.map((row) => row.node.id)).toEqual(['1', '2', '2.1']);
    expect(rows[0]?.expanded).toBe(false);
  });

  it('flags a parent whose children do not add up, with exact decimals', () => {
    const changed = updateNode(testFramework(), '1.1', { weight: '39.9' });
    const parent = treeRows(changed.indicators, new Set())[0];
    expect(parent).toMatchObject({ childSum: '59.9', sumDiffers: true });
    const tenths = updateNode(
      updateNode(updateNode(changed, '1.1', { weight: '59.7' }), '1.2', { weight: '0.3' }),
      '1',
      { weight: '60' },
    );
    expect(treeRows(tenths.indicators, new Set())[0]?.sumDiffers).toBe(false);
    expect(
      weightSum([
        { id: 'a', name: 'a', weight: '0.1' },
        { id: 'b', name: 'b', weight: '0.2' },
      ]),
    ).toBe('0.3');
    expect(weightSum([{ id: 'a', name: 'a', weight: 'x' }])).toBeNull();
  });

  it('adds a child with the next free id; a leaf that becomes a parent loses its rule', () => {
    const original = testFramework();
    const { framework, id } = addChild(original, '1.2', '要点');
    expect(id).toBe('1.2.1');
    const parent = findNode(framework.indicators, '1.2');
    expect(parent?.rule).toBeUndefined();
    expect(parent?.children?.map((child) => child.id)).toEqual(['1.2.1']);
    // The original is untouched.
    expect(findNode(original.indicators, '1.2')?.rule?.kind).toBe('deductions');
  });

  it('adds a level-1 indicator and a sibling right after the selected node', () => {
    const root = addChild(testFramework(), null, '产出');
    expect(root.id).toBe('3');
    const sibling = addSibling(root.framework, '1.1', '新指标');
    expect(sibling.id).toBe('1.3');
    expect(findNode(sibling.framework.indicators, '1')?.children?.map((child) => child.id)).toEqual([
      '1.1',
      '1.3',
      '1.2',
    ]);
  });

  it('removes a node with its subtree', () => {
    const framework = removeNode(testFramework(), '2');
    expect(allNodeIds(framework.indicators)).toEqual(['1', '1.1', '1.2']);
    const leafless = removeNode(framework, '1.1');
    expect(allNodeIds(leafless.indicators)).toEqual(['1', '1.2']);
  });

  it('moves a node among its siblings and stops at either end', () => {
    const framework = testFramework();
    expect(canMove(framework, '1.1', -1)).toBe(false);
    expect(canMove(framework, '1.1', 1)).toBe(true);
    const moved = moveNode(framework, '1.1', 1);
    expect(findNode(moved.indicators, '1')?.children?.map((child) => child.id)).toEqual(['1.2', '1.1']);
    expect(moveNode(moved, '1.1', 1)).toBe(moved);
    expect(moveNode(framework, '2', -1).indicators.map((node) => node.id)).toEqual(['2', '1']);
  });

  it('lists the figures the measures use and the leaves that need observations', () => {
    const framework = testFramework();
    expect(figureKeys(framework)).toEqual(['final_accounts', 'final_budget']);
    expect(observedLeaves(framework).map((leaf) => [leaf.node.id, leaf.kind])).toEqual([
      ['1.2', 'number'],
      ['2.1', 'level'],
    ]);
  });

  it('starts a new template from a valid minimal framework', () => {
    const problems = validateFramework(minimalFramework('新体系'));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});
