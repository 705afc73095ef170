#!/usr/bin/env python3
"""An independent decrypter for Cairn backups, written only from
docs/backup-format.md: Python's hashlib for BLAKE2b and the system libsodium
(through ctypes) for Argon2id and secretstream. It shares no code with Cairn.

Usage: CAIRN_BACKUP_PASSPHRASE=... python3 decrypt_backup.py FILE  -> JSON on stdout
"""
import ctypes
import ctypes.util
import hashlib
import json
import os
import struct
import sys
import unicodedata
import base64

lib = ctypes.CDLL(ctypes.util.find_library("sodium") or "libsodium.so.23")
if lib.sodium_init() < 0:
    sys.exit("libsodium failed to initialise")

ABYTES = 17
TAG_FINAL = 3
ARGON2ID13 = 2


def argon2id(password: bytes, salt: bytes, ops: int, mem: int) -> bytes:
    out = ctypes.create_string_buffer(32)
    rc = lib.crypto_pwhash(out, ctypes.c_ulonglong(32), password, ctypes.c_ulonglong(len(password)), salt,
                           ctypes.c_ulonglong(ops), ctypes.c_size_t(mem), ctypes.c_int(ARGON2ID13))
    if rc != 0:
        sys.exit("argon2id failed")
    return out.raw


def fail(message: str):
    print(f"decrypt_backup.py: {message}", file=sys.stderr)
    sys.exit(1)


def decrypt(data: bytes, passphrase: str) -> dict:
    if data[:8] != b"CAIRNBAK":
        fail("not a Cairn backup")
    (length,) = struct.unpack(">I", data[8:12])
    if length > 16384:
        fail("header damaged")
    head_end = 12 + length
    preamble_end = head_end + 32
    if hashlib.blake2b(data[:head_end], digest_size=32).digest() != data[head_end:preamble_end]:
        fail("header damaged")
    header = json.loads(data[12:head_end].decode("utf-8"))
    if header["format"] != "cairn-backup" or header["version"] != 1:
        fail("unsupported backup")
    kdf = header["kdf"]
    if kdf["alg"] != "argon2id13" or not (3 <= kdf["opslimit"] <= 20) or not (2**26 <= kdf["memlimit"] <= 2**30):
        fail("KDF parameters out of bounds")
    password = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    key = argon2id(password, base64.b64decode(kdf["salt"]), kdf["opslimit"], kdf["memlimit"])
    check = hashlib.blake2b(b"cairn-backup key check v1", key=key, digest_size=16).digest()
    if check != base64.b64decode(header["keyCheck"]):
        fail("wrong passphrase")

    state = ctypes.create_string_buffer(lib.crypto_secretstream_xchacha20poly1305_statebytes())
    if lib.crypto_secretstream_xchacha20poly1305_init_pull(state, data[preamble_end:preamble_end + 24], key) != 0:
        fail("bad stream header")
    at = preamble_end + 24
    plaintext = bytearray()
    n = 0
    while True:
        n += 1
        if at + 4 > len(data):
            fail("truncated")
        (size,) = struct.unpack(">I", data[at:at + 4])
        if not (ABYTES <= size <= 65536 + ABYTES) or at + 4 + size > len(data):
            fail(f"block {n} damaged")
        chunk = data[at + 4:at + 4 + size]
        ad = data[:preamble_end] if n == 1 else b""
        out = ctypes.create_string_buffer(size)
        out_len = ctypes.c_ulonglong(0)
        tag = ctypes.c_ubyte(0)
        rc = lib.crypto_secretstream_xchacha20poly1305_pull(
            state, out, ctypes.byref(out_len), ctypes.byref(tag), chunk, ctypes.c_ulonglong(size),
            ad if ad else None, ctypes.c_ulonglong(len(ad)))
        if rc != 0:
            fail(f"block {n} failed authentication")
        plaintext += out.raw[:out_len.value]
        at += 4 + size
        if tag.value == TAG_FINAL:
            if at != len(data):
                fail("data after final block")
            break
        if out_len.value != 65536:
            fail(f"block {n} short")

    lines = [json.loads(line) for line in plaintext.decode("utf-8").split("\n") if line]
    manifest, end = lines[0], lines[-1]
    records = [line["record"] for line in lines[1:-1] if line["type"] == "record"]
    if manifest["type"] != "manifest" or end["type"] != "end" or end["total"] != len(records):
        fail("contents incomplete")
    return {"manifest": manifest, "records": records}


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        result = decrypt(f.read(), os.environ["CAIRN_BACKUP_PASSPHRASE"])
    json.dump(result, sys.stdout, ensure_ascii=False)
