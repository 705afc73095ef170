import sodium from 'libsodium-wrappers-sumo';

/*
 * The only libsodium calls Cairn makes, behind one small interface, so the
 * rest of the vault never touches the library directly and a reviewer can see
 * every primitive in use on one page. Main process only: the renderer bundle
 * carries no crypto.
 *
 * Call `initSodium()` once (VaultService.load does) before anything else here.
 */

export const KEY_BYTES = 32;
export const NONCE_BYTES = 24; // XChaCha20: random nonces are safe at this size
export const TAG_BYTES = 16;
export const SALT_BYTES = 16; // crypto_pwhash_SALTBYTES

let loaded: Promise<void> | null = null;

/** Waits for the WebAssembly build to be ready. Safe to call many times. */
export function initSodium(): Promise<void> {
  loaded ??= sodium.ready;
  return loaded;
}

/** Cryptographically secure random bytes (libsodium's CSPRNG). */
export function randomBytes(length: number): Uint8Array {
  return sodium.randombytes_buf(length);
}

/**
 * XChaCha20-Poly1305 (IETF) encryption. Returns ciphertext || 16-byte tag.
 * `nonce` is only passed explicitly by the known-answer test; real callers
 * let it default to a fresh random nonce and store the returned one.
 */
export function aeadSeal(
  plaintext: Uint8Array,
  ad: Uint8Array,
  key: Uint8Array,
  nonce: Uint8Array = randomBytes(NONCE_BYTES),
): { nonce: Uint8Array; ciphertext: Uint8Array } {
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, null, nonce, key);
  return { nonce, ciphertext };
}

/**
 * Opens an XChaCha20-Poly1305 ciphertext. Returns null when authentication
 * fails for any reason (wrong key, altered bytes, wrong associated data, too
 * short): callers treat all of these alike and must not learn which.
 */
export function aeadOpen(ciphertext: Uint8Array, ad: Uint8Array, nonce: Uint8Array, key: Uint8Array): Uint8Array | null {
  if (nonce.length !== NONCE_BYTES || ciphertext.length < TAG_BYTES) return null;
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, ad, nonce, key);
  } catch {
    return null;
  }
}

/** Argon2id v1.3 (parallelism 1, as libsodium fixes it), 32-byte output. */
export function argon2id(password: Uint8Array, salt: Uint8Array, opslimit: number, memlimit: number): Uint8Array {
  return sodium.crypto_pwhash(KEY_BYTES, password, salt, opslimit, memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

/** BLAKE2b-based subkey derivation (crypto_kdf); `context` is exactly 8 ASCII characters. */
export function deriveSubkey(key: Uint8Array, subkeyId: number, context: string): Uint8Array {
  return sodium.crypto_kdf_derive_from_key(KEY_BYTES, subkeyId, context, key);
}

/** Keyed BLAKE2b (crypto_generichash). */
export function keyedHash(length: number, message: Uint8Array, key: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(length, message, key);
}

/** ISO/IEC 7816-4 padding to a multiple of `blockSize` (always adds at least one byte). */
export function pad(buf: Uint8Array, blockSize: number): Uint8Array {
  return sodium.pad(buf, blockSize);
}

/** Removes ISO/IEC 7816-4 padding; null when the padding is malformed. */
export function unpad(buf: Uint8Array, blockSize: number): Uint8Array | null {
  try {
    return sodium.unpad(buf, blockSize);
  } catch {
    return null;
  }
}

/** Overwrites a buffer with zeros (not optimised away), for keys and plaintexts. */
export function memzero(buf: Uint8Array): void {
  sodium.memzero(buf);
}

/** Standard base64 with padding, the alphabet the IPC contract accepts. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Strict standard base64; null when the text is not valid base64. Node's
 * decoder is ~20x faster than libsodium's wasm one (measured in bench/), but
 * lenient, so the shape is checked first.
 */
export function fromBase64(text: string): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function toHex(bytes: Uint8Array): string {
  return sodium.to_hex(bytes);
}

/** Unkeyed BLAKE2b, used only to detect accidental damage (never as authentication). */
export function plainHash(length: number, message: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(length, message, null);
}

/*
 * crypto_secretstream_xchacha20poly1305, for backups: a sequence of
 * authenticated chunks whose order is bound into the state, with an explicit
 * final tag so truncation is detectable.
 */
export const STREAM_HEADER_BYTES = 24;
export const STREAM_ABYTES = 17;

export interface StreamPush {
  header: Uint8Array;
  push: (message: Uint8Array, final: boolean, ad?: Uint8Array) => Uint8Array;
}

export function streamPush(key: Uint8Array): StreamPush {
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  return {
    header,
    push: (message, final, ad) =>
      sodium.crypto_secretstream_xchacha20poly1305_push(
        state,
        message,
        ad ?? null,
        final ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
      ),
  };
}

/** Returns a pull function that yields null for any chunk that fails authentication. */
export function streamPull(
  key: Uint8Array,
  header: Uint8Array,
): (chunk: Uint8Array, ad?: Uint8Array) => { message: Uint8Array; final: boolean; tag: number } | null {
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
  return (chunk, ad) => {
    try {
      const result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, chunk, ad ?? null);
      if (!result) return null;
      // The raw tag too: the backup format allows only MESSAGE and a closing FINAL, so a reader must see PUSH and REKEY.
      return { message: result.message, final: result.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL, tag: result.tag };
    } catch {
      return null;
    }
  };
}
