import { ServiceError } from '../dispatch';
import { writeFileAtomic } from '../fs/atomic-write';
import { writeFailure } from '../fs/write-failure';
import type { Dialogs } from '../services/dialogs';
import type { VaultService } from '../vault/vault-service';
import type { PageSize, Printer } from './printer';

/** Printing or exporting asks for the passphrase again once the vault has been open this long. */
export const FRESH_UNLOCK_MS = 5 * 60_000;

export interface PrintServiceOptions {
  vault: Pick<VaultService, 'status' | 'checkPassphrase'>;
  printer: Printer;
  dialogs: Pick<Dialogs, 'chooseSavePath'>;
  now?: () => number;
  /** Injected so tests can make the write fail; the real one is atomic. */
  write?: (path: string, data: Uint8Array) => Promise<void>;
}

export interface PrintRequest {
  pageSize: PageSize;
  passphrase?: string | undefined;
}

/**
 * The appointment summary leaves the vault as plaintext on paper or in a PDF,
 * so main (not only the page) insists the person at the keyboard proved the
 * passphrase within the last 5 minutes.
 */
export class PrintService {
  constructor(private readonly options: PrintServiceOptions) {}

  private async requireFresh(passphrase: string | undefined): Promise<void> {
    const { state, unlockedAt } = this.options.vault.status();
    if (state !== 'unlocked') throw new ServiceError('locked', 'Unlock Cairn before printing.');
    const now = (this.options.now ?? Date.now)();
    if (unlockedAt !== null && now - unlockedAt <= FRESH_UNLOCK_MS) return;
    if (!passphrase) {
      throw new ServiceError(
        'forbidden',
        'Enter your passphrase again: Cairn asks before printing or saving a summary when it was unlocked more than 5 minutes ago.',
      );
    }
    await this.options.vault.checkPassphrase(passphrase);
  }

  async print({ pageSize, passphrase }: PrintRequest): Promise<{ printed: boolean }> {
    await this.requireFresh(passphrase);
    return { printed: await this.options.printer.print({ pageSize }) };
  }

  async savePdf({ pageSize, passphrase, fileName }: PrintRequest & { fileName: string }): Promise<{ path: string; bytes: number }> {
    await this.requireFresh(passphrase);
    const path = await this.options.dialogs.chooseSavePath({ title: 'Save the appointment summary as PDF', defaultName: fileName });
    if (!path) throw new ServiceError('cancelled', 'The summary was not saved.');
    const bytes = await this.options.printer.pdf({ pageSize });
    try {
      await (this.options.write ?? writeFileAtomic)(path, bytes);
    } catch (error) {
      throw writeFailure(error, `The PDF (${path})`);
    }
    return { path, bytes: bytes.length };
  }
}
