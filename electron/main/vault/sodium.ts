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

/** The WebAssembly module under the wrappers: its heap and allocator. */
interface WasmModule {
  HEAPU8: Uint8Array;
  _malloc: (size: number) => number;
  _free: (address: number) => void;
}
const wasm = () => (sodium as unknown as { libsodium: WasmModule }).libsodium;

/**
 * libsodium-wrappers copies every argument (keys, plaintexts) into the
 * WebAssembly heap for each call and frees the copy without wiping it, so
 * freed heap memory would keep key bytes until reused. This wraps the
 * allocator the wrappers call so that every buffer is zeroed before it is
 * freed. (What it cannot reach is documented in docs/security.md: values
 * libsodium's C code leaves in its own WebAssembly stack.)
 */
function scrubFreedHeap(): void {
  const module = wasm();
  if ((module as { cairnScrubbed?: boolean }).cairnScrubbed) return;
  const sizes = new Map<number, number>();
  const malloc = module._malloc.bind(module);
  const free = module._free.bind(module);
  module._malloc = (size) => {
    const address = malloc(size);
    if (address !== 0) sizes.set(address, size);
    return address;
  };
  module._free = (address) => {
    const size = sizes.get(address);
    if (size !== undefined) {
      // Read HEAPU8 on every call: the heap's buffer is replaced when memory grows.
      module.HEAPU8.fill(0, address, address + size);
      sizes.delete(address);
    }
    free(address);
  };
  (module as { cairnScrubbed?: boolean }).cairnScrubbed = true;
}

/*
 * libsodium's C code also leaves the last block it worked on in its own
 * WebAssembly stack (measured: an AEAD output, a derived subkey, a keyed hash,
 * the Argon2 output). The stack is not ours to clear, but the same function
 * run again on zeros reuses the same stack slots, so each primitive below
 * follows a secret call with one on zeros (microseconds; a minimal Argon2 run
 * for the passphrase). wipe.test.ts searches the whole memory to prove it.
 */
const ZERO_KEY = new Uint8Array(32);
const ZERO_NONCE = new Uint8Array(24);
let dummyCiphertext: Uint8Array | null = null;

function overwriteAeadStack(): void {
  dummyCiphertext ??= sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(new Uint8Array(KEY_BYTES), null, null, ZERO_NONCE, ZERO_KEY);
  sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, dummyCiphertext, null, ZERO_NONCE, ZERO_KEY);
}

/** Waits for the WebAssembly build to be ready (and installs the heap scrub). Safe to call many times. */
export function initSodium(): Promise<void> {
  loaded ??= sodium.ready.then(scrubFreedHeap);
  return loaded;
}

/** A copy of the WebAssembly heap, for the tests that check what is left in it. */
export function wasmHeapSnapshot(): Buffer {
  return Buffer.from(wasm().HEAPU8);
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
  } finally {
    overwriteAeadStack();
  }
}

/** Argon2id v1.3 (parallelism 1, as libsodium fixes it), 32-byte output. */
export function argon2id(password: Uint8Array, salt: Uint8Array, opslimit: number, memlimit: number): Uint8Array {
  try {
    return sodium.crypto_pwhash(KEY_BYTES, password, salt, opslimit, memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
  } finally {
    // The smallest Argon2 libsodium allows (1 pass, 8 KiB) overwrites the stack the real one left.
    sodium.crypto_pwhash(KEY_BYTES, new Uint8Array(1), new Uint8Array(SALT_BYTES), 1, 8192, sodium.crypto_pwhash_ALG_ARGON2ID13);
  }
}

/** BLAKE2b-based subkey derivation (crypto_kdf); `context` is exactly 8 ASCII characters. */
export function deriveSubkey(key: Uint8Array, subkeyId: number, context: string): Uint8Array {
  try {
    return sodium.crypto_kdf_derive_from_key(KEY_BYTES, subkeyId, context, key);
  } finally {
    sodium.crypto_kdf_derive_from_key(KEY_BYTES, subkeyId, context, ZERO_KEY);
  }
}

/** Keyed BLAKE2b (crypto_generichash). */
export function keyedHash(length: number, message: Uint8Array, key: Uint8Array): Uint8Array {
  try {
    return sodium.crypto_generichash(length, message, key);
  } finally {
    sodium.crypto_generichash(length, ZERO_KEY, ZERO_KEY);
  }
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

/*
 * Alphabet, at most two '=' at the end, and a multiple of 4 long: the same
 * strings as groups-of-four with a padded last group, but without a repeated
 * group, which overflowed V8's regex stack on strings of a few MB (a manifest
 * listing ten years of rows).
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Strict standard base64; null when the text is not valid base64. Node's
 * decoder is ~20x faster than libsodium's wasm one (measured in bench/), but
 * lenient, so the shape is checked first.
 */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
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
