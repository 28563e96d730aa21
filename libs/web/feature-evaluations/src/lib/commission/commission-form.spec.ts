import {
  FUNDS_PATTERN,
  commissionRequest,
  dueDatesOutOfOrder,
  isoDate,
  normaliseFunds,
  type CommissionFormValue,
} from './commission-form';

const noDates = {
  preparation: null,
  fieldwork: null,
  draft: null,
  feedback: null,
  review: null,
  issue: null,
};
const day = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
};

describe('commission form', () => {
  it('accepts amounts in 万元 with up to 4 decimals only', () => {
    for (const ok of ['0', '1200', '1200.5', '86.1234']) expect(FUNDS_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', '-1', '1.23456', '1e3', '12.', '.5', '一千'])
      expect(FUNDS_PATTERN.test(bad)).toBe(false);
    expect(normaliseFunds(' 0012.50 ')).toBe('12.50');
    expect(normaliseFunds('1,200')).toBe('1200');
  });

  it('uses the local calendar date the user picked', () => {
    expect(isoDate(new Date(2026, 2, 31, 23, 30))).toBe('2026-03-31');
  });

  it('names each phase whose due date is earlier than a previous phase', () => {
    expect(
      dueDatesOutOfOrder({ ...noDates, preparation: day('2026-03-31'), fieldwork: day('2026-05-31') }),
    ).toEqual([]);
    expect(
      dueDatesOutOfOrder({
        ...noDates,
        preparation: day('2026-03-31'),
        draft: day('2026-03-01'),
        review: day('2026-06-01'),
      }),
    ).toEqual(['draft']);
  });

  it('builds the request with only the dates that are set and no empty title', () => {
    const value: CommissionFormValue = {
      unitId: 'u1',
      firmId: 'f1',
      fiscalYear: 2025,
      kind: 'department_overall',
      title: '  ',
      fundsInScope: '1,286.5',
      focus: ' 预算执行 ',
      requirements: '按期完成',
      dueDates: { ...noDates, preparation: day('2026-03-31') },
    };
    expect(commissionRequest(value)).toEqual({
      unitId: 'u1',
      firmId: 'f1',
      fiscalYear: 2025,
      kind: 'department_overall',
      fundsInScope: '1286.5',
      focus: '预算执行',
      requirements: '按期完成',
      dueDates: { preparation: '2026-03-31' },
    });
  });
});
