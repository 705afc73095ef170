/** Every IPC response is a value, never a thrown error: the renderer can always show something readable. */
export type ErrorCode = 'invalid_request' | 'forbidden' | 'not_found' | 'internal';

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
