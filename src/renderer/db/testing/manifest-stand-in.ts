import type { CairnApi } from '../../../shared/contract';
import { ok } from '../../../shared/result';

/** The stand-in manifest row's id (a real one is a keyed hash main computes). */
export const STAND_IN_MANIFEST_ID = 'f'.repeat(32);

type SealOpen = Pick<CairnApi, 'vault.seal' | 'vault.open' | 'vault.rekeyTidy'>;
export type StandInApi = SealOpen & Pick<CairnApi, 'vault.verify' | 'vault.stageManifest' | 'vault.commitManifest'>;

/**
 * For repository tests with a reversible stand-in for main's seal/open: the
 * manifest calls answer "all is well" and open() never sees the manifest row,
 * as main's does not. The real manifest is tested in electron/main/vault and tests/proofs.
 */
export function withManifestStandIn(api: SealOpen): StandInApi {
  let generation = 0;
  return {
    ...api,
    'vault.open': ({ rows }) => api['vault.open']({ rows: rows.filter((row) => row.id !== STAND_IN_MANIFEST_ID) }),
    'vault.verify': async () => ok({ changed: [], unlisted: [], missing: 0, problem: null, write: null }),
    'vault.stageManifest': async () => ok({ manifest: { id: STAND_IN_MANIFEST_ID, env: new Uint8Array(0) }, generation: generation + 1 }),
    'vault.commitManifest': async (request) => {
      generation = request.generation;
      return ok({});
    },
  };
}
