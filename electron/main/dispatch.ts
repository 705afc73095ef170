import { z } from 'zod';
import type { Channel } from '../../src/shared/channels';
import { contract, type ParsedRequestOf, type ResponseOf } from '../../src/shared/contract';
import { fail, ok, type ErrorCode, type Result } from '../../src/shared/result';

/** One implementation per channel; a missing key is a compile error. */
export type Services = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** Thrown by services for failures the user should read as they are. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

/**
 * The transport-independent half of IPC, shared by Electron's ipcMain and the
 * browser test harness: parse the request, call the service, check the answer.
 * It never throws; the renderer always gets a Result it can show.
 */
export async function dispatch(
  channel: string,
  raw: unknown,
  services: Services,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('invalid_request', `Unknown request "${channel}".`);
  const spec = contract[channel];
  const parsed = spec.request.safeParse(raw);
  if (!parsed.success) {
    return fail('invalid_request', `Invalid ${channel} request: ${z.prettifyError(parsed.error)}`);
  }
  try {
    const service = services[channel] as (request: unknown) => unknown;
    const value = await service(parsed.data);
    const checked = spec.response.safeParse(value);
    if (!checked.success) {
      return fail('internal', `Cairn produced an invalid ${channel} answer.`);
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message);
    return fail('internal', `Something went wrong while handling ${channel}. Your data was not changed.`);
  }
}
