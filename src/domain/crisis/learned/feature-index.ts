/**
 * The learned model's features, each given a number, kept as one string and three typed arrays rather than a Map
 * of 150,000 strings: a Map entry and its string cost about 70 bytes a feature on V8's heap, this about 20 (the
 * screen's memory target is 80 MB in all). A feature is found by its hash in an open-addressed table and then
 * compared character by character with its line of the text, so asking costs no allocation.
 */
export class FeatureIndex {
  /** Every feature once, one after another. */
  private readonly text: string;
  /** Per feature number, where it starts in `text`, and its length. */
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  /** Per slot, a feature number, or -1 for an empty slot; its size a power of two, at least twice the features. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** How many features have a number. */
  readonly size: number;

  /** Each list's features, one a line ("\n" between them): a feature in several lists gets one number. */
  constructor(lists: readonly string[]) {
    const text = lists.filter((list) => list !== '').join('\n');
    let lines = text === '' ? 0 : 1;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === NEWLINE) lines++;
    let slotCount = 1;
    while (slotCount < lines * 2) slotCount *= 2;
    this.text = text;
    this.starts = new Int32Array(lines);
    this.lengths = new Int32Array(lines);
    this.slots = new Int32Array(slotCount).fill(-1);
    this.mask = slotCount - 1;
    let size = 0;
    for (let start = 0; lines > 0 && start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const slot = this.slotOf(text, start, end);
      if (this.slots[slot] === -1) {
        this.slots[slot] = size;
        this.starts[size] = start;
        this.lengths[size] = end - start;
        size++;
      }
      start = end + 1;
    }
    this.size = size;
  }

  /** The feature's number, or -1 when the model does not know it. */
  idOf(feature: string): number {
    return this.slots[this.slotOf(feature, 0, feature.length)]!;
  }

  /** The slot that holds `source[from, to)`, or the empty slot where it would go. */
  private slotOf(source: string, from: number, to: number): number {
    let hash = FNV_OFFSET;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ source.charCodeAt(i), FNV_PRIME);
    const length = to - from;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot]!;
      if (id === -1 || (this.lengths[id] === length && this.sameAs(id, source, from))) return slot;
    }
  }

  private sameAs(id: number, source: string, from: number): boolean {
    const start = this.starts[id]!;
    const length = this.lengths[id]!;
    for (let i = 0; i < length; i++) if (this.text.charCodeAt(start + i) !== source.charCodeAt(from + i)) return false;
    return true;
  }
}

const NEWLINE = 10;
// 32-bit FNV-1a over UTF-16 code units.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
