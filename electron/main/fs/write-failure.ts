import { ServiceError } from '../dispatch';

/**
 * A failed write, named for the person who asked for it. The atomic writer
 * has already left any earlier file at that place as it was.
 */
export function writeFailure(error: unknown, what: string): ServiceError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'Cairn may not write there'
        : `the file could not be written (${code ?? 'error'})`;
  return new ServiceError('internal', `${what} was not saved: ${why}. Any earlier file at that place is unchanged.`);
}
