import { kindHeading } from '../../../shared/domain/kind-labels';
import { anyRecord } from '../../../shared/domain';

const KNOWN = new Set<string>(anyRecord.options.map((o) => o.shape.kind.value));

/**
 * Every record kind as people say it, for backup previews, from the one label
 * table (src/shared/domain/kind-labels.ts). A kind from a newer Cairn has no
 * label: say so in words rather than show a code.
 */
export const kindLabel = (kind: string): string =>
  KNOWN.has(kind) ? kindHeading(kind as Parameters<typeof kindHeading>[0]) : `Other records (${kind})`;
