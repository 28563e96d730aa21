import { describe, expect, it } from 'vitest';
import type { WorkPaperSummary } from '@jixiao/contracts';
import type { IndicatorNode } from '@jixiao/domain';
import { indicatorOptions, paperGroups } from './paper-groups';

const indicators: IndicatorNode[] = [
  {
    id: '1',
    name: '决策',
    weight: '20',
    children: [
      { id: '1.1', name: '目标', weight: '10' },
      { id: '1.2', name: '程序', weight: '10' },
    ],
  },
  { id: '2', name: '产出', weight: '80' },
];

function paper(id: string, subject: { indicatorId?: string; topic?: string }): WorkPaperSummary {
  return {
    id,
    indicatorId: subject.indicatorId ?? null,
    topic: subject.topic ?? null,
    authorUserId: 'a',
    authorName: '甲',
    reviewerUserId: null,
    reviewerName: null,
    reviewedAt: null,
    reviewNote: null,
    attachmentCount: 0,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    updatedByName: '甲',
    version: 1,
  };
}

describe('work paper groups', () => {
  it('orders indicator groups as the system reads, then unknown indicators, then topics in pinyin order', () => {
    const groups = paperGroups(
      [
        paper('a', { topic: '访谈记录' }),
        paper('b', { indicatorId: '2' }),
        paper('c', { indicatorId: '1.2' }),
        paper('d', { indicatorId: '9.9' }),
        paper('e', { indicatorId: '1.2' }),
        paper('f', { topic: '现场勘查' }),
        paper('g', { topic: '访谈记录' }),
      ],
      indicators,
    );
    expect(groups.map((group) => [group.title, group.papers.map((p) => p.id)])).toEqual([
      ['1.2 程序', ['c', 'e']],
      ['2 产出', ['b']],
      ['9.9', ['d']],
      ['访谈记录', ['a', 'g']],
      ['现场勘查', ['f']],
    ]);
  });

  it('lists every indicator with its level for the picker', () => {
    expect(indicatorOptions(indicators).map((option) => [option.label, option.level])).toEqual([
      ['1 决策', 1],
      ['1.1 目标', 2],
      ['1.2 程序', 2],
      ['2 产出', 1],
    ]);
  });
});
