import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { PeercircleError } from '../core/errors.js';

const PREFIX = 'pc1';

export interface NoteKey {
  /** A short fingerprint stored with each note, so rotation knows which key sealed it. */
  id: string;
  key: Buffer;
}

export const noteKey = (key: Buffer): NoteKey => ({ id: createHash('sha256').update(key).digest('hex').slice(0, 8), key });

/**
 * Private notes are sealed with AES-256-GCM before they reach the database, so a dump holds no
 * plaintext. Stored form: `pc1:<key id>:<iv>:<tag>:<ciphertext>` (base64url). Older keys stay
 * readable during a rotation; new notes always use the current key.
 */
export class NoteCipher {
  private readonly byId: Map<string, Buffer>;

  constructor(
    readonly current: NoteKey,
    /** Older keys, still readable while a rotation is under way. */
    readonly previous: NoteKey[] = [],
  ) {
    this.byId = new Map([current, ...previous].map((k) => [k.id, k.key]));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [PREFIX, this.current.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(':');
  }

  decrypt(stored: string): string {
    if (!stored.startsWith(`${PREFIX}:`)) return stored; // written before notes were sealed
    const [, id = '', iv = '', tag = '', body = ''] = stored.split(':');
    const key = this.byId.get(id);
    if (!key) {
      throw new PeercircleError('CONFIG_INVALID', `A note was sealed with key ${id}, which is not configured. Add it to NOTES_PREVIOUS_KEYS.`);
    }
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Whether a stored note is sealed with the current key (rotation skips those). */
  isCurrent(stored: string): boolean {
    return stored.startsWith(`${PREFIX}:${this.current.id}:`);
  }
}
