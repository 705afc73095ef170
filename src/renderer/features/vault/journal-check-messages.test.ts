import { describe, expect, it } from 'vitest';
import { journalCheckMessages } from './journal-check-messages';

const clean = { records: 3, damagedRows: 0, olderRows: 0, unlistedRows: 0, missingRows: 0, listProblem: null } as const;

describe('what the checks at unlock found, in plain words', () => {
  it('says nothing when all is well', () => {
    expect(journalCheckMessages(clean)).toEqual([]);
  });

  it('names each finding once, with its count and what Cairn did', () => {
    const messages = journalCheckMessages({ ...clean, damagedRows: 1, olderRows: 2, unlistedRows: 1, missingRows: 3, listProblem: 'older' });
    expect(messages).toEqual([
      expect.stringMatching(/^1 part of your journal could not be decrypted .* left untouched/),
      expect.stringMatching(/^2 parts of your journal are older copies than the one Cairn last saved.*not showing them and left them untouched/),
      expect.stringMatching(/^1 part of your journal was not saved by Cairn.*not showing it/),
      expect.stringMatching(/^3 parts of your journal that Cairn saved are missing from this computer/),
      expect.stringMatching(/^Your journal on this computer is older than the last version Cairn saved/),
    ]);
  });

  it.each([
    ['absent', /record of what was saved is missing/],
    ['damaged', /record of what was saved is damaged/],
    ['header-older', /vault\.json\) is older than your journal/],
  ] as const)('a %s list of rows is said plainly', (problem, text) => {
    expect(journalCheckMessages({ ...clean, listProblem: problem })).toEqual([expect.stringMatching(text)]);
  });
});
