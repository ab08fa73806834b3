// Types for wire-server.js (plain JavaScript so that the database's process needs no TypeScript loader).
import type { PGlite } from '@electric-sql/pglite';

/** The application_name of the quick lane's connection: served before any other session's turn. */
export declare const QUICK_LANE_APPLICATION: string;

/**
 * Serves the PostgreSQL wire protocol from one PGlite over a socket: one session at a time holds the
 * backend until its messages are synced and no transaction is open.
 */
export declare class PGliteWireServer {
  /** `onFatal`: a failure inside PGlite itself; the backend cannot be trusted any more. */
  constructor(db: PGlite, onFatal: (error: unknown) => void);
  listen(socketPath: string): Promise<void>;
  /** Stops taking connections and ends the open ones (an open transaction is rolled back). */
  close(): Promise<void>;
}
