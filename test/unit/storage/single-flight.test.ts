import { describe, expect, it } from 'vitest';
import { SingleFlight } from '../../../src/storage/single-flight.js';

describe('SingleFlight', () => {
  it('GIVEN reads of one key that overlap THEN one query answers them all, each with its own copy', async () => {
    const reads = new SingleFlight<{ name: string }>();
    let queries = 0;
    let answer: (row: { name: string }) => void = () => {};
    const query = () => {
      queries++;
      return new Promise<{ name: string } | null>((resolve) => (answer = resolve));
    };
    const pending = [reads.read('slack:T1', query), reads.read('slack:T1', query), reads.read('slack:T1', query)];
    answer({ name: 'first' });
    const rows = await Promise.all(pending);
    expect(queries).toBe(1);
    expect(rows).toEqual([{ name: 'first' }, { name: 'first' }, { name: 'first' }]);
    rows[0]!.name = 'changed by one caller';
    expect(rows[1]!.name).toBe('first');
  });

  it('GIVEN a read after the last one answered THEN it queries again and sees what changed', async () => {
    const reads = new SingleFlight<{ name: string }>();
    let stored = 'before';
    const query = () => Promise.resolve({ name: stored });
    expect(await reads.read('slack:T1', query)).toEqual({ name: 'before' });
    stored = 'after';
    expect(await reads.read('slack:T1', query)).toEqual({ name: 'after' });
  });

  it('GIVEN different keys, or a failed query THEN nothing is shared or kept', async () => {
    const reads = new SingleFlight<{ key: string }>();
    const [a, b] = await Promise.all([reads.read('a', () => Promise.resolve({ key: 'a' })), reads.read('b', () => Promise.resolve({ key: 'b' }))]);
    expect([a, b]).toEqual([{ key: 'a' }, { key: 'b' }]);
    await expect(reads.read('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await reads.read('a', () => Promise.resolve(null))).toBeNull();
  });
});
