import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, ipcName } from '../../src/shared/channels';
import { fail, type Result } from '../../src/shared/result';
import { isAppOrigin } from './app-origin';
import { dispatch, type Services } from './dispatch';

/** Only the top-level app:// frame may call services; an iframe or foreign page may not. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent) return false;
  return isAppOrigin(frame.url);
}

export function handleInvoke(
  channel: string,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  raw: unknown,
  services: Services,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event)) {
    return Promise.resolve(fail('forbidden', 'This request did not come from Cairn and was refused.'));
  }
  return dispatch(channel, raw, services);
}

/** Registers one handler per contract channel. */
export function registerIpc(ipcMain: IpcMain, services: Services): void {
  for (const channel of channels) {
    ipcMain.handle(ipcName(channel), (event, raw: unknown) => handleInvoke(channel, event, raw, services));
  }
}
