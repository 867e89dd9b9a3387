import { describe, expect, it } from 'vitest';
import { CACHE_FROM, forgetCounts, keptCount, TTL_MS } from './count-cache.js';

describe('large totals are kept a few seconds, forgotten at a write (issue 9)', () => {
  const counter = (value: number) => {
    const calls = { n: 0 };
    const count = async () => {
      calls.n++;
      return value;
    };
    return { calls, count };
  };

  it('a large total is counted once, then kept; a write forgets it', async () => {
    forgetCounts();
    const { calls, count } = counter(CACHE_FROM + 5);
    expect(await keptCount('a', count)).toBe(CACHE_FROM + 5);
    expect(await keptCount('a', count)).toBe(CACHE_FROM + 5);
    expect(calls.n).toBe(1);
    forgetCounts();
    await keptCount('a', count);
    expect(calls.n).toBe(2);
  });

  it('a small total is counted every time', async () => {
    forgetCounts();
    const { calls, count } = counter(CACHE_FROM - 1);
    await keptCount('b', count);
    await keptCount('b', count);
    expect(calls.n).toBe(2);
  });

  it('page views arriving together share one count', async () => {
    forgetCounts();
    const { calls, count } = counter(3);
    await Promise.all([keptCount('c', count), keptCount('c', count), keptCount('c', count)]);
    expect(calls.n).toBe(1);
  });

  it('past its time the old total answers while one new count runs', async () => {
    forgetCounts();
    let clock = 0;
    const now = () => clock;
    let value = CACHE_FROM;
    const count = async () => value;
    expect(await keptCount('d', count, now)).toBe(CACHE_FROM);
    value = CACHE_FROM + 1;
    clock = TTL_MS + 1;
    expect(await keptCount('d', count, now)).toBe(CACHE_FROM);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await keptCount('d', count, now)).toBe(CACHE_FROM + 1);
  });
});
