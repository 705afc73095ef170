import { z } from 'zod';
import { ServiceError } from '../dispatch';
import { fromBase64, KEY_BYTES, NONCE_BYTES, SALT_BYTES, TAG_BYTES, toBase64 } from './sodium';

/*
 * vault.json: format version, KDF parameters, salt and the two keyslots. It is
 * not secret, but it is untrusted on read: anyone with the disk could edit it,
 * and a forged "memlimit: 64 GiB" would make Argon2 exhaust memory or hang
 * before any authentication could fail. So everything is validated and
 * bounded here, before a single byte of key derivation runs.
 */

export const HEADER_FORMAT = 'cairn-vault';
export const HEADER_VERSION = 1;
export const HEADER_FILE = 'vault.json';
export const GENERATION_MAC_BYTES = 32;

const MiB = 1024 * 1024;
export const KDF_BOUNDS = { opsMin: 3, opsMax: 20, memMin: 64 * MiB, memMax: 1024 * MiB } as const;
/** Measured on the reference 2-core machine: ~0.55–0.7 s per derivation in Node. */
export const DEFAULT_KDF: KdfParams = { opslimit: 5, memlimit: 128 * MiB };

export interface KdfParams {
  opslimit: number;
  memlimit: number;
}

/** A data key wrapped (AEAD-encrypted) under one key-encryption key. */
export interface WrappedKey {
  nonce: Uint8Array;
  wrapped: Uint8Array;
}

export interface PassphraseSlot extends WrappedKey, KdfParams {
  salt: Uint8Array;
}

/**
 * An unfinished re-encryption under a new data key (rekey.ts). `pending`: the
 * slots still open the old key and this wraps the new one under it; `retired`:
 * the slots open the new key and this wraps the old one under it. Either way
 * rows sealed under the other key are known leftovers, not damage.
 */
export interface KeyTransition extends WrappedKey {
  kind: 'pending' | 'retired';
}

/**
 * The generation of the manifest of rows (manifest.ts) and its MAC under a
 * subkey of the data key. Absent only in vaults from before manifests.
 */
export interface HeaderGeneration {
  value: number;
  mac: Uint8Array;
}

export interface VaultHeader {
  passphrase: PassphraseSlot;
  recovery: WrappedKey;
  transition?: KeyTransition;
  generation?: HeaderGeneration;
}

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.');
const wrappedFields = { nonce: b64, wrapped: b64 };
const headerV1 = z.strictObject({
  format: z.literal(HEADER_FORMAT),
  version: z.literal(HEADER_VERSION),
  passphrase: z.strictObject({
    kdf: z.strictObject({ alg: z.literal('argon2id13'), opslimit: z.number().int(), memlimit: z.number().int(), salt: b64 }),
    ...wrappedFields,
  }),
  recovery: z.strictObject({ kdf: z.literal('crypto_kdf:CairnRcv:1'), ...wrappedFields }),
  transition: z.strictObject({ kind: z.enum(['pending', 'retired']), ...wrappedFields }).optional(),
  generation: z.strictObject({ value: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), mac: b64 }).optional(),
});

const tampered = (detail: string) =>
  new ServiceError('tampered', `The vault header (vault.json) is damaged or was altered: ${detail}. Nothing was changed.`);

/** Throws unless Argon2 parameters are within Cairn's bounds (a "tampered" error names the value). */
export function checkKdfParams({ opslimit, memlimit }: KdfParams): void {
  const { opsMin, opsMax, memMin, memMax } = KDF_BOUNDS;
  if (!Number.isSafeInteger(opslimit) || opslimit < opsMin || opslimit > opsMax) {
    throw tampered(`its key-derivation passes (${opslimit}) are outside ${opsMin}–${opsMax}`);
  }
  if (!Number.isSafeInteger(memlimit) || memlimit < memMin || memlimit > memMax) {
    const shown = memlimit >= 1024 * MiB ? `${+(memlimit / (1024 * MiB)).toFixed(2)} GiB` : `${+(memlimit / MiB).toFixed(2)} MiB`;
    throw tampered(`its key-derivation memory (${shown}) is outside 64 MiB–1 GiB`);
  }
}

function bytes(text: string, length: number, what: string): Uint8Array {
  const decoded = fromBase64(text);
  if (!decoded || decoded.length !== length) throw tampered(`the ${what} is not ${length} bytes`);
  return decoded;
}

/** Parses and bounds-checks vault.json. Throws ServiceError('tampered' | 'internal') with a readable message. */
export function parseHeader(text: string): VaultHeader {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw tampered('it is not valid JSON');
  }
  const envelope = z.looseObject({ format: z.literal(HEADER_FORMAT), version: z.number() }).safeParse(json);
  if (!envelope.success) throw tampered('it is not a Cairn vault header');
  if (envelope.data.version !== HEADER_VERSION) {
    // Most likely written by a newer Cairn; say so rather than calling it damage.
    throw new ServiceError(
      'internal',
      `This vault uses header format ${envelope.data.version}, which this version of Cairn cannot read. Update Cairn to open it. Nothing was changed.`,
    );
  }
  const parsed = headerV1.safeParse(json);
  if (!parsed.success) throw tampered(z.prettifyError(parsed.error).replace(/\s+/g, ' ').trim());
  const { passphrase, recovery, transition, generation } = parsed.data;
  checkKdfParams(passphrase.kdf);
  const wrappedLength = KEY_BYTES + TAG_BYTES;
  return {
    ...(generation && { generation: { value: generation.value, mac: bytes(generation.mac, GENERATION_MAC_BYTES, 'generation MAC') } }),
    ...(transition && {
      transition: {
        kind: transition.kind,
        nonce: bytes(transition.nonce, NONCE_BYTES, 're-encryption keyslot nonce'),
        wrapped: bytes(transition.wrapped, wrappedLength, 're-encryption keyslot'),
      },
    }),
    passphrase: {
      opslimit: passphrase.kdf.opslimit,
      memlimit: passphrase.kdf.memlimit,
      salt: bytes(passphrase.kdf.salt, SALT_BYTES, 'passphrase salt'),
      nonce: bytes(passphrase.nonce, NONCE_BYTES, 'passphrase keyslot nonce'),
      wrapped: bytes(passphrase.wrapped, wrappedLength, 'passphrase keyslot'),
    },
    recovery: {
      nonce: bytes(recovery.nonce, NONCE_BYTES, 'recovery keyslot nonce'),
      wrapped: bytes(recovery.wrapped, wrappedLength, 'recovery keyslot'),
    },
  };
}

export function serializeHeader({ passphrase, recovery, transition, generation }: VaultHeader): string {
  const json: z.input<typeof headerV1> = {
    format: HEADER_FORMAT,
    version: HEADER_VERSION,
    passphrase: {
      kdf: { alg: 'argon2id13', opslimit: passphrase.opslimit, memlimit: passphrase.memlimit, salt: toBase64(passphrase.salt) },
      nonce: toBase64(passphrase.nonce),
      wrapped: toBase64(passphrase.wrapped),
    },
    recovery: { kdf: 'crypto_kdf:CairnRcv:1', nonce: toBase64(recovery.nonce), wrapped: toBase64(recovery.wrapped) },
    // Absent unless a re-encryption is unfinished, so a settled header is byte for byte what it always was.
    ...(transition && { transition: { kind: transition.kind, nonce: toBase64(transition.nonce), wrapped: toBase64(transition.wrapped) } }),
    ...(generation && { generation: { value: generation.value, mac: toBase64(generation.mac) } }),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
