import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../dispatch';
import { FRESH_UNLOCK_MS, PrintService } from './print-service';
import type { Printer } from './printer';

const NOW = 1_800_000_000_000;
const PDF = new TextEncoder().encode('%PDF-1.4 summary');

function setup(unlockedAgoMs: number | null, savePath: string | null = join(mkdtempSync(join(tmpdir(), 'cairn-print-')), 'summary.pdf')) {
  let unlockedAt = unlockedAgoMs === null ? null : NOW - unlockedAgoMs;
  const vault = {
    status: () => ({ state: unlockedAt === null ? ('locked' as const) : ('unlocked' as const), unlockedAt, retryAfterMs: 0 }),
    checkPassphrase: vi.fn(async (passphrase: string) => {
      if (passphrase !== 'right passphrase') throw new ServiceError('wrong_secret', 'That passphrase did not open the vault.');
      unlockedAt = NOW;
    }),
  };
  const printer: Printer = { print: vi.fn(async () => true), pdf: vi.fn(async () => PDF) };
  const chooseSavePath = vi.fn(async () => savePath);
  const service = new PrintService({ vault, printer, dialogs: { chooseSavePath }, now: () => NOW });
  return { service, vault, printer, chooseSavePath, savePath };
}

const request = { pageSize: 'A4' as const, fileName: 'Cairn summary.pdf' };

describe('PrintService', () => {
  it('renders the PDF and writes it where the user chose, within 5 minutes of unlocking', async () => {
    const { service, printer, savePath, chooseSavePath } = setup(FRESH_UNLOCK_MS - 1000);
    await expect(service.savePdf(request)).resolves.toEqual({ path: savePath, bytes: PDF.length });
    expect(readFileSync(savePath!, 'utf8')).toBe('%PDF-1.4 summary');
    expect(printer.pdf).toHaveBeenCalledWith({ pageSize: 'A4' });
    expect(chooseSavePath).toHaveBeenCalledWith({ title: 'Save the appointment summary as PDF', defaultName: 'Cairn summary.pdf' });
  });

  it('refuses to print or save after 5 minutes unlocked unless the passphrase is given again', async () => {
    const { service, printer, chooseSavePath } = setup(FRESH_UNLOCK_MS + 1000);
    await expect(service.savePdf(request)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/passphrase again/) });
    await expect(service.print({ pageSize: 'Letter' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(printer.pdf).not.toHaveBeenCalled();
    expect(printer.print).not.toHaveBeenCalled();
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('refuses a wrong passphrase and accepts the right one, which refreshes the unlock time', async () => {
    const { service, printer, vault } = setup(FRESH_UNLOCK_MS * 3);
    await expect(service.print({ pageSize: 'A4', passphrase: 'wrong one' })).rejects.toMatchObject({ code: 'wrong_secret' });
    expect(printer.print).not.toHaveBeenCalled();
    await expect(service.print({ pageSize: 'A4', passphrase: 'right passphrase' })).resolves.toEqual({ printed: true });
    // Fresh again: no passphrase needed for the next one.
    await expect(service.print({ pageSize: 'A4' })).resolves.toEqual({ printed: true });
    expect(vault.checkPassphrase).toHaveBeenCalledTimes(2);
  });

  it('reports a cancelled save dialog and renders nothing', async () => {
    const { service, printer } = setup(0, null);
    await expect(service.savePdf(request)).rejects.toMatchObject({ code: 'cancelled' });
    expect(printer.pdf).not.toHaveBeenCalled();
  });

  it('refuses while locked', async () => {
    const { service } = setup(null);
    await expect(service.savePdf(request)).rejects.toMatchObject({ code: 'locked' });
  });

  it('says clearly when the file cannot be written', async () => {
    const { vault, printer } = setup(0);
    const service = new PrintService({
      vault,
      printer,
      dialogs: { chooseSavePath: async () => '/nowhere/summary.pdf' },
      now: () => NOW,
      write: async () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    await expect(service.savePdf(request)).rejects.toMatchObject({
      code: 'internal',
      message: 'The PDF (/nowhere/summary.pdf) was not saved: the disk is full. Any earlier file at that place is unchanged.',
    });
  });
});
