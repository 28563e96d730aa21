import type { HistoryEntry } from '@jixiao/contracts';

/** The most recent return of the plan (its comment tells the team what to revise). */
export function latestReturn(history: readonly HistoryEntry[]): HistoryEntry | null {
  let latest: HistoryEntry | null = null;
  for (const entry of history) {
    if (entry.event === 'RETURN_PLAN' && (latest === null || entry.seq > latest.seq)) latest = entry;
  }
  return latest;
}

/** Newest first, for the timeline. */
export function newestFirst(history: readonly HistoryEntry[]): HistoryEntry[] {
  return [...history].sort((a, b) => b.seq - a.seq);
}
