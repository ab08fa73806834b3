// Plain JavaScript (types in wire-server.d.ts): the database's process runs it without a TypeScript loader.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:net';

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

/**
 * The application_name of the connection whose statements someone is waiting on (the record of
 * acknowledged work, before its ack): when the backend is free, its messages go before any other
 * session's turn. Its statements are single short inserts, so the others wait one of them at most.
 */
export const QUICK_LANE_APPLICATION = 'peercircle-quick-lane';

/**
 * One client connection: its unread bytes, whether it has sent its startup packet, and whether it is
 * the quick lane (QUICK_LANE_APPLICATION), served first.
 * @typedef {{ socket: import('node:net').Socket, pending: Buffer, started: boolean, first: boolean }} Session
 */

/**
 * Complete messages at the front of a session's bytes, up to and including the first Sync or simple
 * Query. `endsAtSync`: once the database is out of any transaction, another session may go.
 * `terminate`: the client said goodbye (Terminate) after these messages.
 * @typedef {{ bytes: Buffer, endsAtSync: boolean, terminate: boolean }} Batch
 */

/**
 * Serves the PostgreSQL wire protocol from one PGlite over a socket, so the database runs in a
 * process of its own. PGlite is a single backend: whichever session starts a sequence of messages
 * keeps the backend until that sequence is synced and no transaction is open; other sessions' bytes
 * wait. The query work is synchronous here, which is the point: it stalls this process, not the bot's.
 */
export class PGliteWireServer {
  /** @type {Session[]} */
  sessions = [];
  /** @type {Session | undefined} */
  owner = undefined;
  next = 0;

  /**
   * @param {import('@electric-sql/pglite').PGlite} db
   * @param {(error: unknown) => void} onFatal a failure inside PGlite itself: the backend cannot be trusted any more.
   */
  constructor(db, onFatal) {
    this.db = db;
    this.onFatal = onFatal;
    this.server = createServer((socket) => this.accept(socket));
  }

  /** @param {string} socketPath */
  listen(socketPath) {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(socketPath, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  /** Stops taking connections and ends the open ones (an open transaction is rolled back). */
  /** @returns {Promise<void>} */
  close() {
    for (const session of [...this.sessions]) {
      session.socket.destroy();
      this.drop(session);
    }
    return new Promise((resolve) => this.server.close(() => resolve(undefined)));
  }

  /** @param {import('node:net').Socket} socket */
  accept(socket) {
    socket.setNoDelay(true);
    /** @type {Session} */
    const session = { socket, pending: Buffer.alloc(0), started: false, first: false };
    this.sessions.push(session);
    socket.on('data', (/** @type {Buffer} */ chunk) => {
      session.pending = session.pending.length === 0 ? chunk : Buffer.concat([session.pending, chunk]);
      this.pump();
    });
    socket.on('error', () => this.drop(session));
    socket.on('close', () => this.drop(session));
  }

  /** @param {Session} session */
  drop(session) {
    const index = this.sessions.indexOf(session);
    if (index === -1) return;
    this.sessions.splice(index, 1);
    if (this.owner === session) {
      this.owner = undefined;
      // The client went away mid-sequence: end it (Sync) and roll back what it left open, so the
      // backend is as a new session expects it.
      this.run(SYNC);
      if (this.db.isInTransaction()) this.run(simpleQuery('ROLLBACK'));
      this.pump();
    }
  }

  /** Runs whatever can run now: the owner's messages, or else each session's in turn. */
  pump() {
    for (;;) {
      const candidates = this.owner ? [this.owner] : this.rotation();
      let ran = false;
      for (const session of candidates) {
        const batch = this.takeBatch(session);
        if (!batch) continue;
        if (batch.bytes.length > 0) {
          const reply = this.run(batch.bytes);
          if (reply === undefined) return;
          if (reply.length > 0 && session.socket.writable) session.socket.write(reply);
          this.owner = batch.endsAtSync && !this.db.isInTransaction() ? undefined : session;
        }
        if (batch.terminate) {
          session.socket.end();
          this.drop(session);
        }
        ran = true;
        break;
      }
      if (!ran) return;
    }
  }

  /** The quick lane first, then every other session in turn. @returns {Session[]} */
  rotation() {
    if (this.sessions.length === 0) return [];
    this.next = (this.next + 1) % this.sessions.length;
    const turns = [...this.sessions.slice(this.next), ...this.sessions.slice(0, this.next)];
    return [...turns.filter((session) => session.first), ...turns.filter((session) => !session.first)];
  }

  /**
   * @param {Uint8Array} bytes
   * @returns {Buffer | undefined}
   */
  run(bytes) {
    try {
      // Copied: PGlite hands back a view of a buffer it reuses.
      return Buffer.from(this.db.execProtocolRawSync(bytes));
    } catch (error) {
      this.onFatal(error);
      return undefined;
    }
  }

  /**
   * @param {Session} session
   * @returns {Batch | undefined}
   */
  takeBatch(session) {
    const buffer = session.pending;
    if (!session.started) {
      if (buffer.length < 8) return undefined;
      const length = buffer.readInt32BE(0);
      const code = buffer.readInt32BE(4);
      if (buffer.length < length) return undefined;
      session.pending = buffer.subarray(length);
      if (code === SSL_REQUEST) {
        session.socket.write('N'); // no TLS on a private socket
        return { bytes: Buffer.alloc(0), endsAtSync: true, terminate: false };
      }
      if (code === CANCEL_REQUEST) return { bytes: Buffer.alloc(0), endsAtSync: true, terminate: true };
      if (code !== PROTOCOL_3) return { bytes: Buffer.alloc(0), endsAtSync: true, terminate: true };
      session.started = true;
      session.first = startupParameter(buffer.subarray(8, length), 'application_name') === QUICK_LANE_APPLICATION;
      return { bytes: buffer.subarray(0, length), endsAtSync: true, terminate: false };
    }
    let end = 0;
    while (buffer.length - end >= 5) {
      const type = buffer[end];
      const length = 1 + buffer.readInt32BE(end + 1);
      if (buffer.length - end < length) break;
      if (type === 0x58 /* X: Terminate */) {
        session.pending = Buffer.alloc(0);
        return { bytes: buffer.subarray(0, end), endsAtSync: true, terminate: true };
      }
      end += length;
      if (type === 0x53 /* S: Sync */ || type === 0x51 /* Q: Query */) {
        session.pending = buffer.subarray(end);
        return { bytes: buffer.subarray(0, end), endsAtSync: true, terminate: false };
      }
    }
    if (end === 0) return undefined;
    session.pending = buffer.subarray(end);
    return { bytes: buffer.subarray(0, end), endsAtSync: false, terminate: false };
  }
}

/**
 * One parameter of a startup packet's body (name and value pairs, each NUL-terminated).
 * @param {Buffer} body
 * @param {string} name
 * @returns {string | undefined}
 */
function startupParameter(body, name) {
  const parts = body.toString('utf8').split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i] === name) return parts[i + 1];
  return undefined;
}

const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);

/** @param {string} sql */
function simpleQuery(sql) {
  const text = Buffer.from(`${sql}\0`);
  const message = Buffer.alloc(5 + text.length);
  message[0] = 0x51;
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}
