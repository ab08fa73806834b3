import { createServer } from 'node:net';
import { portError } from '../ops/port-error.js';

/** Resolves when PORT can be listened on; otherwise one line naming PORT and what to do. */
export function checkPortFree(port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(portError(port, host, error)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
