/**
 * A Map that forgets its oldest entries beyond `limit`, for what the adapter remembers in memory
 * (forms shown, each member's last server): a long-running bot must not grow without end.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    // Re-inserting moves the key to the newest end.
    super.delete(key);
    super.set(key, value);
    while (this.size > this.limit) this.delete(this.keys().next().value as K);
    return this;
  }
}
