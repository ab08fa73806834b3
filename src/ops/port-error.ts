import { PeercircleError } from '../core/errors.js';

/** PORT could not be listened on: one line naming it, why, and what to do. */
export function portError(port: number, host: string | undefined, error: NodeJS.ErrnoException): PeercircleError {
  const where = `PORT=${port}${host ? ` on HOST=${host}` : ''}`;
  const why =
    error.code === 'EADDRINUSE'
      ? 'is already in use by another program (another peercircle, perhaps)'
      : error.code === 'EACCES'
        ? 'needs more privileges than this user has (ports below 1024 usually do)'
        : error.code === 'EADDRNOTAVAIL'
          ? 'names an address this machine does not have'
          : `could not be opened (${error.code ?? error.message})`;
  return new PeercircleError('CONFIG_INVALID', `${where} ${why}. Stop that program or set PORT to a free port, such as 3001.`, { cause: error });
}
