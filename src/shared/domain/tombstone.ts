import { z } from 'zod';
import { recordBase } from './record';

/**
 * A deletion, remembered. Deleting a record replaces it (same id) with a
 * tombstone whose `updatedAt` is the time of deletion, sealed like any record,
 * so a merge restore keeps the newer of "deleted" and "edited": an older copy
 * in a backup does not bring a deleted record back. Undo puts the record back
 * under its id, which replaces the tombstone.
 */
export const tombstone = recordBase.extend({
  kind: z.literal('tombstone'),
  /** The kind the record had, so a restore preview can say what was deleted. */
  deletedKind: z.string().min(1).max(60),
});
export type Tombstone = z.output<typeof tombstone>;
