/*
 * Main's real services in Node, and window.cairn as the page sees it over
 * dispatch(): what the proofs that unlock, restart and re-key a vault share.
 */
import { dispatch, type Services } from '../../electron/main/dispatch';
import { createServices, type ServiceOptions } from '../../electron/main/services';
import { channels, type Channel } from '../../src/shared/channels';
import type { CairnApi } from '../../src/shared/contract';
import type { Result } from '../../src/shared/result';

/** Cairn's main-process services on `dataDir`; dialogs answer "cancelled" unless a proof says otherwise. */
export async function startServices(
  dataDir: string,
  { kdf, dialogs = {} }: { kdf?: ServiceOptions['kdf']; dialogs?: Partial<ServiceOptions['dialogs']> } = {},
): Promise<Services> {
  const built = await createServices({
    dataDir,
    version: 'test',
    kdf,
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null, chooseFolder: async () => null, ...dialogs },
    onLocked: () => {},
    notifier: { show: () => {} },
    printer: { print: async () => false, pdf: async () => new Uint8Array() },
    onReminderClicked: () => {},
  });
  return built.services;
}

/** window.cairn as the page sees it, over dispatch(); `override` replaces single channels to inject faults. */
export function pageApi(services: Services, override: Partial<Record<Channel, (request: unknown) => Promise<unknown>>> = {}): CairnApi {
  const api = Object.fromEntries(
    channels.map((channel) => [channel, (request: unknown) => override[channel]?.(request) ?? dispatch(channel, request, services)]),
  );
  return api as unknown as CairnApi;
}

/** The value of an ok result; a failed one fails the proof with its message. */
export const must = async <T = unknown,>(result: Promise<Result<unknown>>): Promise<T> => {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value as T;
};
