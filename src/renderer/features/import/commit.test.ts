import { describe, expect, it, vi } from 'vitest';
import type { AnyRecord } from '../../../shared/domain';
import { commitImport } from './commit';

const checkin = (date: string): AnyRecord => ({
  kind: 'journal.checkin', id: `checkin-${date}`, date, mood: 5, triggers: [], coping: [], tags: [], note: '',
  createdAt: '2026-12-06T10:00:00.000Z', updatedAt: '2026-12-06T10:00:00.000Z',
});

describe('commitImport', () => {
  it('saves the records as one action and returns their ids for Undo', async () => {
    const repository = { save: vi.fn(async () => {}), remove: vi.fn(async () => []) };
    expect(await commitImport(repository, [checkin('2024-03-01'), checkin('2024-03-02')], 2)).toEqual(['checkin-2024-03-01', 'checkin-2024-03-02']);
    expect(repository.save).toHaveBeenCalledTimes(1);
  });

  it('saves nothing when the records are not the ones the preview counted', async () => {
    const repository = { save: vi.fn(async () => {}), remove: vi.fn(async () => []) };
    await expect(commitImport(repository, [], 2)).rejects.toThrow('The preview changed while Cairn was importing');
    await expect(commitImport(repository, [checkin('2024-03-01')], 2)).rejects.toThrow();
    expect(repository.save).not.toHaveBeenCalled();
  });
});
