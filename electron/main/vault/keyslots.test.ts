import { beforeAll, describe, expect, it } from 'vitest';
import { KDF_BOUNDS } from './header';
import { newPassphraseSlot, newRecoverySlot, openPassphraseSlot, openRecoverySlot } from './keyslots';
import { aeadSeal, deriveSubkey, initSodium, randomBytes } from './sodium';
import { UNIT_TEST } from '../../../tests/timeouts';

// The cheapest Argon2 the header bounds allow; the real cost is covered in sodium.test.ts.
const fastKdf = { opslimit: KDF_BOUNDS.opsMin, memlimit: KDF_BOUNDS.memMin };
let dataKey: Uint8Array;

beforeAll(async () => {
  await initSodium();
  dataKey = randomBytes(32);
});

// Each derivation starts a worker thread (libsodium loads again there): generous timeouts.
describe('passphrase keyslot', { timeout: UNIT_TEST }, () => {
  it('opens with the passphrase (in either Unicode normal form) and not with another', async () => {
    const slot = await newPassphraseSlot('Grüße aus Köln', dataKey, fastKdf);
    expect(slot.salt).toHaveLength(16);
    expect(await openPassphraseSlot('Grüße aus Köln'.normalize('NFD'), slot)).toEqual(dataKey);
    expect(await openPassphraseSlot('Grüße aus Koln', slot)).toBeNull();
  });

  it('uses a fresh salt and nonce per slot', async () => {
    const a = await newPassphraseSlot('same passphrase', dataKey, fastKdf);
    const b = await newPassphraseSlot('same passphrase', dataKey, fastKdf);
    expect(a.salt).not.toEqual(b.salt);
    expect(a.wrapped).not.toEqual(b.wrapped);
  });

  it('fails when the stored KDF parameters were altered (different KEK)', async () => {
    const slot = await newPassphraseSlot('a passphrase', dataKey, fastKdf);
    expect(await openPassphraseSlot('a passphrase', { ...slot, opslimit: 4 })).toBeNull();
  });
});

describe('recovery keyslot', () => {
  it('opens with its recovery key and not with another', () => {
    const { slot, recoveryKey } = newRecoverySlot(dataKey);
    expect(recoveryKey).toHaveLength(32);
    expect(openRecoverySlot(recoveryKey, slot)).toEqual(dataKey);
    expect(openRecoverySlot(randomBytes(32), slot)).toBeNull();
  });

  it('binds the slot kind and header version through the associated data', () => {
    // Wrap by hand with the recovery KEK: only the associated data varies.
    const recoveryKey = randomBytes(32);
    const kek = deriveSubkey(recoveryKey, 1, 'CairnRcv');
    const wrapAs = (ad: string) => {
      const { nonce, ciphertext } = aeadSeal(dataKey, new TextEncoder().encode(ad), kek);
      return { nonce, wrapped: ciphertext };
    };
    expect(openRecoverySlot(recoveryKey, wrapAs('cairn-vault/v1/keyslot/recovery'))).toEqual(dataKey);
    expect(openRecoverySlot(recoveryKey, wrapAs('cairn-vault/v1/keyslot/passphrase'))).toBeNull();
    expect(openRecoverySlot(recoveryKey, wrapAs('cairn-vault/v2/keyslot/recovery'))).toBeNull();
  });
});
