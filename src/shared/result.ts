/** Every IPC response is a value, never a thrown error: the renderer can always show something readable. */
export type ErrorCode =
  | 'invalid_request'
  | 'forbidden'
  | 'not_found'
  | 'internal'
  /** The vault is locked (or has not been created); unlock first. */
  | 'locked'
  /** The action conflicts with the vault's state (creating a vault that exists, ...). */
  | 'conflict'
  /** A passphrase or recovery key did not open its keyslot. One generic message, no detail. */
  | 'wrong_secret'
  /** Too many wrong passphrases in a row; `message` says how long to wait. */
  | 'rate_limited'
  /** Bytes failed authentication: tampered, truncated, moved or from another vault. */
  | 'tampered'
  /** The passphrase is too short or otherwise refused. */
  | 'weak_passphrase'
  /** The user closed a file dialog. */
  | 'cancelled';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
