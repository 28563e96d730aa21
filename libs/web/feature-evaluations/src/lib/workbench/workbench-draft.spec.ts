import type { WorkbenchRow, WorkbenchView } from '@jixiao/contracts';
import { ZHONGSHAN_2024_FIXTURE as fixture, ZHONGSHAN_2024_FRAMEWORK as framework } from '@jixiao/domain';
import { observationFields } from './observation-fields';
import { draftOf, findIndicator, liveResult, requestOf, treeLines } from './workbench-draft';

function row(indicatorId: string, more: Partial<WorkbenchRow> = {}): WorkbenchRow {
  return {
    indicatorId,
    observations: {},
    override: null,
    findings: '',
    deductionReason: '',
    unscoredReason: null,
    referenceText: '',
    evidenceFileIds: [],
    requestItemIds: [],
    updatedByName: '赵雪',
    updatedAt: '2026-12-01T00:00:00.000Z',
    version: 1,
    ...more,
  };
}

function view(rows: WorkbenchRow[]): WorkbenchView {
  return {
    framework,
    frameworkVersion: 1,
    engineVersion: 'test',
    figures: Object.fromEntries(Object.entries(fixture.figures).map(([key, value]) => [key, String(value)])),
    rows,
    stored: null,
    unscored: [],
    files: [],
  };
}

const scored = [
  ...Object.entries(fixture.observations).map(([id, value]) => row(id, { observations: { [id]: value } })),
  row('2.4.1', { override: { score: '5', reason: '酌情' } }),
  row('4.1.1', { override: { score: '6', reason: '酌情' } }),
];

describe('the live result of the workbench', () => {
  it('leaves the total open while an indicator is unscored, and gives 93.35 / 优 once the draft scores it', () => {
    expect(liveResult(view(scored), null).total).toBeNull();
    const draft = { ...draftOf('4.2.1', undefined), overrideScore: '7', overrideReason: '满意度高' };
    const result = liveResult(view(scored), draft);
    expect([result.total, result.grade]).toEqual(['93.35', '优']);
  });

  it('ignores an override still being typed instead of breaking the total', () => {
    const draft = { ...draftOf('4.2.1', undefined), overrideScore: '7.', overrideReason: '' };
    expect(liveResult(view(scored), draft).total).toBeNull();
  });

  it('puts the draft in place of the stored row', () => {
    const stored = view([...scored, row('4.2.1', { override: { score: '7', reason: 'x' } })]);
    const draft = {
      ...draftOf(
        '3.1.3',
        stored.rows.find((r) => r.indicatorId === '3.1.3'),
      ),
      observations: {},
    };
    expect(liveResult(stored, null).total).toBe('93.35');
    // 3.1.3 without its observation is unscored again.
    expect(liveResult(stored, draft).total).toBeNull();
  });

  it('sends an override only with a score, and an unscored reason only when given', () => {
    const draft = draftOf('1.2.2', row('1.2.2', { observations: { '1.2.2': 2 }, version: 3 }));
    expect(requestOf(draft)).toMatchObject({ override: null, unscoredReason: null, version: 3 });
    expect(requestOf({ ...draft, overrideScore: ' 4 ', overrideReason: ' 复核 ' }).override).toEqual({
      score: '4',
      reason: '复核',
    });
  });
});

describe('the indicator tree', () => {
  it('hides the children of a collapsed indicator', () => {
    const all = treeLines(framework.indicators, new Map(), new Set());
    const collapsed = treeLines(framework.indicators, new Map(), new Set(['1']));
    expect(collapsed.length).toBeLessThan(all.length);
    expect(collapsed[0]?.node.id).toBe('1');
    expect(collapsed[1]?.node.id).toBe('2');
  });

  it('asks for the observation each rule reads', () => {
    const kinds = (id: string) => {
      const node = findIndicator(framework.indicators, id);
      return node ? observationFields(node).map((field) => field.kind) : null;
    };
    expect(kinds('1.1.1.1')).toEqual(['boolean']); // yes/no
    expect(kinds('1.1.2.1')).toEqual(['level']); // levels
    expect(kinds('1.2.2')).toEqual(['number']); // deductions per finding
    expect(kinds('2.4.1')).toEqual([]); // judgement: an override with a reason
  });
});
