import { randomBytes } from 'node:crypto';
import { NoteCipher, noteKey } from '../../src/security/note-cipher.js';

/** A fresh note key for one test. */
export const testCipher = (): NoteCipher => new NoteCipher(noteKey(randomBytes(32)));
