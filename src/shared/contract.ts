import { z } from 'zod';
import type { Channel } from './channels';
import type { Result } from './result';

interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

/**
 * The single source of truth for IPC: main parses every request with these
 * schemas, and both ends infer their types from them. `satisfies` makes the
 * compiler refuse a channel without a schema or a schema without a channel.
 */
export const contract = {
  'app.info': {
    request: z.strictObject({}),
    response: z.strictObject({
      name: z.string(),
      version: z.string(),
      dataLocation: z.string(),
    }),
  },
  'vault.status': {
    request: z.strictObject({}),
    response: z.strictObject({
      state: z.enum(['none', 'locked', 'unlocked']),
    }),
  },
} satisfies Record<Channel, ChannelSpec>;

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

/** What the page sees as `window.cairn`: one async function per channel, errors as values. */
export type CairnApi = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};
