/**
 * A bounded memo for pure per-word functions (spelling correction): chat repeats the same few
 * thousand words, so each is worked out once. Two generations: when the newer one fills, the older
 * is dropped, so memory stays under twice `size` entries and recent words stay remembered. 8,192 a
 * generation holds the 6,000 words of the speed benchmark's 300 long messages; 4,096 did not, so
 * words were worked out again every round.
 */
export function memoizeWord<T>(compute: (word: string) => T, size = 8192): (word: string) => T {
  let newer = new Map<string, T>();
  let older = new Map<string, T>();
  return (word) => {
    const known = newer.get(word);
    if (known !== undefined || newer.has(word)) return known as T;
    const value = older.has(word) ? (older.get(word) as T) : compute(word);
    if (newer.size >= size) {
      older = newer;
      newer = new Map();
    }
    newer.set(word, value);
    return value;
  };
}

/**
 * The same two-generation memo for any key (a number made of a word's parts), asked and told apart so
 * that a hit costs no closure: `get` (undefined when not held), then `set` what was worked out.
 */
export class KeyMemo<K, T> {
  private newer = new Map<K, T>();
  private older = new Map<K, T>();
  constructor(private readonly size = 8192) {}

  get(key: K): T | undefined {
    const known = this.newer.get(key);
    if (known !== undefined) return known;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: T): void {
    if (this.newer.size >= this.size) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
