import { describe, expect, it } from 'vitest';
import { reportDateOf } from './report-date';
import { milestonesOf } from './report-milestones';

describe('report dates are days in China', () => {
  it('dates an instant by its day in Asia/Shanghai, not in UTC', () => {
    // 23:30 UTC on 14 July is 07:30 on 15 July in 昌吉's official time.
    expect(reportDateOf(new Date('2025-07-14T23:30:00Z'))).toBe('2025-07-15');
    expect(reportDateOf(new Date('2025-07-15T15:59:59Z'))).toBe('2025-07-15');
    expect(reportDateOf(new Date('2025-07-15T16:00:00Z'))).toBe('2025-07-16');
  });

  it('dates the work process milestones the same way', () => {
    expect(
      milestonesOf([
        { event: 'CLOSE_FIELDWORK', at: '2025-06-30T17:00:00.000Z' },
        { event: 'COMMISSION', at: '2025-05-31T20:00:00.000Z' },
      ]).map((milestone) => [milestone.key, milestone.date]),
    ).toEqual([
      ['commission', '2025-06-01'],
      ['close_fieldwork', '2025-07-01'],
    ]);
  });
});
