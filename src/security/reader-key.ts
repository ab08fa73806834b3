import { createHmac, hkdfSync } from 'node:crypto';
import type { NoteCipher } from './note-cipher.js';

/** What the readers' HMAC key is derived for: a label of its own, so it is never the note key itself. */
const PURPOSE = 'peercircle topic readers v1';

/**
 * Who read a topic in a week, as the training-need signal keeps it: an HMAC of member, topic and
 * week under a key derived from the note key (NOTES_KEY, or DATA_DIR/notes.key), so it counts each
 * person once and, without that key, cannot be matched to anyone by hashing every member's id.
 */
export class ReaderKeys {
  private readonly keys: Buffer[];

  constructor(cipher: NoteCipher) {
    this.keys = [cipher.current, ...cipher.previous].map(({ key }) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), PURPOSE, 32)));
  }

  /** The reader's key under the current note key. */
  current(memberId: string, topicId: string, weekStart: string): string {
    return this.under(this.keys[0]!, memberId, topicId, weekStart);
  }

  /** The same reader under the keys of a rotation still under way (NOTES_PREVIOUS_KEYS), so they are not counted twice. */
  previous(memberId: string, topicId: string, weekStart: string): string[] {
    return this.keys.slice(1).map((key) => this.under(key, memberId, topicId, weekStart));
  }

  private under(key: Buffer, memberId: string, topicId: string, weekStart: string): string {
    return createHmac('sha256', key).update(`${memberId}\u0000${topicId}\u0000${weekStart}`).digest('base64url').slice(0, 32);
  }
}
