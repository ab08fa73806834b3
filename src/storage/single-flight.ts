/**
 * Reads of one key that overlap share one query: at a burst from one workspace, dozens of commands
 * ask for the same community row at once. Nothing is kept once the query answers: a read sees the
 * row as of, at most, the query already under way when it asked. Each caller gets its own copy.
 */
export class SingleFlight<V extends object> {
  private readonly inFlight = new Map<string, Promise<V | null>>();

  async read(key: string, query: () => Promise<V | null>): Promise<V | null> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = query().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    const row = await pending;
    return row === null ? null : { ...row };
  }
}
