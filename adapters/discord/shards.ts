import { err, ok, type Result } from '../../src/core/result.js';

/** discord.js's own sharding, in this process: which shards to run, of how many. */
export type ShardPlan = { shards: 'auto' } | { shards: number[]; shardCount: number };

/**
 * DISCORD_SHARDS: `auto` (Discord's recommendation, all shards here), `<count>` (all of them here),
 * or `<first>-<last>/<count>` (a slice, so several processes split one large bot).
 */
const expected = 'auto, a shard count such as 4, or a slice such as 0-3/8';

export function parseShards(value: string): Result<ShardPlan> {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'auto') return ok({ shards: 'auto' });
  const count = /^(\d{1,4})$/.exec(text);
  if (count) {
    const n = Number(count[1]);
    return n >= 1 ? ok({ shards: range(0, n - 1), shardCount: n }) : err(expected);
  }
  const slice = /^(\d{1,4})-(\d{1,4})\/(\d{1,4})$/.exec(text);
  if (slice) {
    const [first, last, total] = [Number(slice[1]), Number(slice[2]), Number(slice[3])];
    if (first <= last && last < total) return ok({ shards: range(first, last), shardCount: total });
  }
  return err(expected);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
