import type { LoadReport } from '../../db/repository';

const parts = (n: number) => `${n} part${n === 1 ? '' : 's'} of your journal`;

/**
 * What the checks at unlock found, in plain words (the checks: electron/main/vault/manifest.ts).
 * Every message says what Cairn did with the parts, since none of them is deleted or shown as current.
 */
export function journalCheckMessages(report: LoadReport): string[] {
  const messages: string[] = [];
  if (report.damagedRows > 0) {
    messages.push(
      `${parts(report.damagedRows)} could not be decrypted (damaged or altered on disk). They were left untouched; restoring a backup can bring them back.`,
    );
  }
  if (report.olderRows > 0) {
    messages.push(
      `${parts(report.olderRows)} ${report.olderRows === 1 ? 'is an older copy' : 'are older copies'} than the one Cairn last saved, or ${report.olderRows === 1 ? 'was' : 'were'} changed outside Cairn. Cairn is not showing ${report.olderRows === 1 ? 'it' : 'them'} and left ${report.olderRows === 1 ? 'it' : 'them'} untouched; restoring your latest backup can bring back what you saved.`,
    );
  }
  if (report.unlistedRows > 0) {
    messages.push(
      `${parts(report.unlistedRows)} ${report.unlistedRows === 1 ? 'was' : 'were'} not saved by Cairn on this vault (added from outside). Cairn is not showing ${report.unlistedRows === 1 ? 'it' : 'them'} and left ${report.unlistedRows === 1 ? 'it' : 'them'} untouched.`,
    );
  }
  if (report.missingRows > 0) {
    messages.push(
      `${parts(report.missingRows)} that Cairn saved ${report.missingRows === 1 ? 'is' : 'are'} missing from this computer. Restoring your latest backup can bring ${report.missingRows === 1 ? 'it' : 'them'} back.`,
    );
  }
  switch (report.listProblem) {
    case 'absent':
    case 'damaged':
      messages.push(
        `Cairn could not check that your journal is the latest version: its record of what was saved is ${report.listProblem === 'absent' ? 'missing' : 'damaged'}. Your journal was opened as it is. If you did not expect this, restore your latest backup.`,
      );
      break;
    case 'older':
      messages.push(
        'Your journal on this computer is older than the last version Cairn saved: an older copy may have been put back, and anything saved since then is missing. Restoring your latest backup can bring it back.',
      );
      break;
    case 'header-older':
      messages.push(
        'Cairn’s vault file (vault.json) is older than your journal: an older copy of that file may have been put back. Your journal was opened and checked. If you did not put it back yourself, re-encrypt everything with a new key (Settings → Security), so that old copy opens nothing.',
      );
      break;
    case null:
      break;
  }
  return messages;
}
