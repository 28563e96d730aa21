import type { HistoryEntry } from '@jixiao/contracts';
import { latestReturn, newestFirst } from './history';

const entry = (seq: number, event: HistoryEntry['event'], comment: string | null = null): HistoryEntry => ({
  seq,
  at: `2026-01-0${seq}T08:00:00Z`,
  actorName: '王芳',
  actorOrganisationName: '某市财政局',
  event,
  from: null,
  to: 'preparation.returned',
  comment,
});

describe('history helpers', () => {
  it('finds the latest plan return whatever the order', () => {
    const history = [
      entry(3, 'RETURN_PLAN', '第二次'),
      entry(1, 'COMMISSION'),
      entry(2, 'RETURN_PLAN', '第一次'),
    ];
    expect(latestReturn(history)?.comment).toBe('第二次');
    expect(latestReturn([entry(1, 'COMMISSION')])).toBeNull();
  });

  it('lists newest first without changing the input', () => {
    const history = [entry(1, 'COMMISSION'), entry(2, 'ACCEPT')];
    expect(newestFirst(history).map((e) => e.seq)).toEqual([2, 1]);
    expect(history[0]?.seq).toBe(1);
  });
});
