/**
 * The embedded database's own process: opens PGlite in DATA_DIR and serves it over a private
 * socket to the peercircle process that started it. Started by embedded-process.ts, never by hand.
 * argv: <pglite data folder> <socket path>. Tells its parent `{ ready: true }` or `{ error }` over IPC.
 * Plain JavaScript, so that this process starts without a TypeScript loader.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGliteWireServer } from './wire-server.js';

const [dataDir, socketPath] = process.argv.slice(2);
/** @param {{ ready: true } | { error: string }} message */
const tell = (message) => process.send?.(message, (/** @type {Error | null} */ error) => error && parentLost());
/** @param {unknown} error */
const firstLine = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

// Ctrl-C and a service manager's stop reach every process of the group; the parent drains first
// and then lets this one go, so it keeps serving until the parent disconnects.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

if (!dataDir || !socketPath || !process.send) {
  console.error('peercircle: the embedded database process is started by peercircle itself, not by hand.');
  process.exit(2);
}

// The parent may be gone before the database is open (a start that failed on its settings while
// this opened): then close as soon as it is open, never serve nobody.
let parentGone = false;
/** @type {() => void} */
let closeForParent = () => {};
// Seen as a closed channel or, if that is not noticed first, as a message that cannot be sent.
const parentLost = () => {
  parentGone = true;
  closeForParent();
};
process.on('disconnect', parentLost);

/** @type {PGlite} */
let db;
try {
  db = await PGlite.create(dataDir);
} catch (error) {
  tell({ error: firstLine(error) });
  process.exit(1);
}

const server = new PGliteWireServer(db, (error) => {
  console.error(`peercircle: the embedded database failed inside PGlite (${firstLine(error)}); stopping it.`);
  process.exit(1);
});
try {
  rmSync(socketPath, { force: true });
  await server.listen(socketPath);
} catch (error) {
  tell({ error: `could not open its socket ${socketPath} (${firstLine(error)})` });
  process.exit(1);
}
tell({ ready: true });

let closing = false;
// The parent closes the channel when it is done with the database, or when it dies for any reason.
closeForParent = () => {
  if (closing) return;
  closing = true;
  void (async () => {
    await server.close();
    await db.close();
    // The private folder the parent made for the socket: gone with it, even when the parent died first.
    rmSync(path.dirname(socketPath), { recursive: true, force: true });
    process.exit(0);
  })().catch((error) => {
    console.error(`peercircle: the embedded database did not close cleanly (${firstLine(error)}).`);
    process.exit(1);
  });
};
if (parentGone) closeForParent();
