import { describe, expect, it } from 'vitest';

import { BoundedQueue } from './bounded-queue';

describe('BoundedQueue', () => {
  it('runs at most `limit` tasks at once, in the order they were asked for, and goes on after a failure', async () => {
    const queue = new BoundedQueue(1);
    const events: string[] = [];
    let running = 0;
    let most = 0;
    const task = (name: string, fail = false) =>
      queue.run(async () => {
        running += 1;
        most = Math.max(most, running);
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`end ${name}`);
        running -= 1;
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([task('a'), task('b', true), task('c')]);
    expect(most).toBe(1);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('runs two at once when allowed', async () => {
    const queue = new BoundedQueue(2);
    let running = 0;
    let most = 0;
    const task = () =>
      queue.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
      });
    await Promise.all([task(), task(), task(), task()]);
    expect(most).toBe(2);
  });
});
