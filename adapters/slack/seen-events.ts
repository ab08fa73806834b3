/**
 * Event ids seen lately. Slack re-sends an Events API event it thinks went unanswered (a slow
 * network, say), with the same `event_id`; the bot acknowledges at once, so a repeat is a duplicate
 * and must not, for example, send the crisis reply twice. Bounded: the oldest ids are forgotten.
 */
export class SeenEvents {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True the first time an id is offered; false for a repeat. No id: always new. */
  firstTime(id: unknown): boolean {
    if (typeof id !== 'string' || id === '') return true;
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}
