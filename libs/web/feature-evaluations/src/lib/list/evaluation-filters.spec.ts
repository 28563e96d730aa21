import { fiscalYears, listQuery, mergeOptions, NO_FILTERS } from './evaluation-filters';

describe('evaluation list filters', () => {
  it('sends only the filters that are set', () => {
    expect(listQuery(NO_FILTERS, 1, 20)).toEqual({ page: 1, pageSize: 20 });
    expect(
      listQuery(
        { phase: 'preparation', fiscalYear: 2025, unitId: 'u1', firmId: 'f1', overdue: true, q: ' 街道 ' },
        3,
        10,
      ),
    ).toEqual({
      phase: 'preparation',
      fiscalYear: 2025,
      unitId: 'u1',
      firmId: 'f1',
      overdue: true,
      q: '街道',
      page: 3,
      pageSize: 10,
    });
  });

  it('offers next year and the recent years, newest first', () => {
    expect(fiscalYears(new Date('2026-06-01T00:00:00Z'))).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('merges seen organisations into the options without duplicates', () => {
    const merged = mergeOptions(
      [{ id: 'b', name: '乙单位' }],
      [
        { id: 'a', name: '甲单位' },
        { id: 'b', name: '乙单位' },
      ],
    );
    expect(merged.map((organisation) => organisation.id).sort()).toEqual(['a', 'b']);
  });
});
