import { indicatorRows } from './indicator-rows';

describe('indicatorRows', () => {
  it('flattens the tree in reading order with levels', () => {
    const rows = indicatorRows([
      {
        id: '1',
        name: '决策',
        weight: '20',
        children: [{ id: '1.1', name: '目标设定', weight: '8', standard: '目标明确得满分' }],
      },
      { id: '2', name: '过程', weight: '80' },
    ]);
    expect(rows.map((row) => [row.id, row.level])).toEqual([
      ['1', 1],
      ['1.1', 2],
      ['2', 1],
    ]);
    expect(rows[1]?.standard).toBe('目标明确得满分');
    expect(rows[0]?.standard).toBe('');
  });
});
