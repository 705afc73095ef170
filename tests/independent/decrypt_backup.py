#!/usr/bin/env python3
"""An independent decrypter for Cairn backups, written only from
docs/backup-format.md: Python's hashlib for BLAKE2b and the system libsodium
(through ctypes) for Argon2id and secretstream. It shares no code with Cairn,
and refuses everything the document's "What a reader must refuse" lists.

Usage: CAIRN_BACKUP_PASSPHRASE=... python3 decrypt_backup.py FILE  -> JSON on stdout
"""
import base64
import binascii
import ctypes
import ctypes.util
import hashlib
import json
import os
import re
import struct
import sys
import unicodedata
from datetime import datetime

lib = ctypes.CDLL(ctypes.util.find_library("sodium") or "libsodium.so.23")
if lib.sodium_init() < 0:
    sys.exit("libsodium failed to initialise")

ABYTES = 17
CHUNK = 65536
TAG_MESSAGE = 0
TAG_FINAL = 3
ARGON2ID13 = 2
CREATED_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$")


def fail(message: str):
    print(f"decrypt_backup.py: {message}", file=sys.stderr)
    sys.exit(1)


def is_int(value) -> bool:
    # JSON true/false are bools, which Python counts as ints; the format does not.
    return isinstance(value, int) and not isinstance(value, bool)


def argon2id(password: bytes, salt: bytes, ops: int, mem: int) -> bytes:
    out = ctypes.create_string_buffer(32)
    rc = lib.crypto_pwhash(out, ctypes.c_ulonglong(32), password, ctypes.c_ulonglong(len(password)), salt,
                           ctypes.c_ulonglong(ops), ctypes.c_size_t(mem), ctypes.c_int(ARGON2ID13))
    if rc != 0:
        fail("argon2id failed")
    return out.raw


def exact_fields(obj: dict, fields: list, prefix: str):
    for key in obj:
        if key not in fields:
            fail(f'unknown header field "{prefix}{key}"')
    for key in fields:
        if key not in obj:
            fail(f'missing header field "{prefix}{key}"')


def canonical(name: str, value, size: int) -> bytes:
    if not isinstance(value, str):
        fail(f'header field "{name}" is not canonical base64')
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        fail(f'header field "{name}" is not canonical base64')
    if base64.b64encode(decoded).decode("ascii") != value:
        fail(f'header field "{name}" is not canonical base64')
    if len(decoded) != size:
        fail(f'header field "{name}" is not {size} bytes')
    return decoded


def parse_header(raw: bytes) -> dict:
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        fail("the header is not a JSON object")
    if not isinstance(header, dict):
        fail("the header is not a JSON object")
    version = header.get("version")
    if not is_int(version):
        fail('header field "version" is not a whole number')
    if version > 1:
        fail(f"made by a newer Cairn (format version {version})")
    if version < 1:
        fail(f'header field "version" is {version}; versions start at 1')
    exact_fields(header, ["format", "version", "kdf", "keyCheck", "createdAt"], "")
    if header["format"] != "cairn-backup":
        fail('header field "format" is not "cairn-backup"')
    kdf = header["kdf"]
    if not isinstance(kdf, dict):
        fail('header field "kdf" is not an object')
    exact_fields(kdf, ["alg", "opslimit", "memlimit", "salt"], "kdf.")
    if kdf["alg"] != "argon2id13":
        fail('header field "kdf.alg" is not "argon2id13"')
    ops, mem = kdf["opslimit"], kdf["memlimit"]
    if not is_int(ops) or not is_int(mem):
        fail("the key settings are not whole numbers")
    if not (3 <= ops <= 20) or not (2**26 <= mem <= 2**30):
        fail("the key settings are outside the allowed bounds")
    salt = canonical("kdf.salt", kdf["salt"], 16)
    key_check = canonical("keyCheck", header["keyCheck"], 16)
    created = header["createdAt"]
    ok = isinstance(created, str) and CREATED_AT.match(created)
    if ok:
        try:
            datetime.strptime(created[:19], "%Y-%m-%dT%H:%M:%S")
        except ValueError:
            ok = False
    if not ok:
        fail('header field "createdAt" is not a UTC time')
    return {"ops": ops, "mem": mem, "salt": salt, "key_check": key_check}


def parse_payload(data: bytes) -> dict:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        fail("the contents are not UTF-8 text")
    if not text.endswith("\n"):
        fail("the contents end in an incomplete line")
    values = []
    for i, line in enumerate(text[:-1].split("\n")):
        try:
            values.append(json.loads(line))
        except ValueError:
            fail(f"contents line {i + 1} is not JSON")
    manifest = values[0]
    if not isinstance(manifest, dict) or manifest.get("type") != "manifest":
        fail("the contents do not start with a manifest")
    if is_int(manifest.get("version")) and manifest["version"] > 1:
        fail(f"the contents come from a newer Cairn (version {manifest['version']})")
    for key in manifest:
        if key not in ["type", "version", "app", "createdAt", "counts", "total", "dateRange"]:
            fail(f'unknown manifest field "{key}"')
    if manifest.get("version") != 1 or not is_int(manifest["version"]):
        fail('manifest field "version" is not 1')
    if not isinstance(manifest.get("counts"), dict) or not is_int(manifest.get("total")):
        fail("the manifest has no counts or total")
    end = values[-1]
    if len(values) < 2 or not isinstance(end, dict) or end.get("type") != "end" or len(end) != 2:
        fail("the end marker is missing")
    if end.get("total") != manifest["total"]:
        fail("the end marker does not repeat the manifest total")
    records, ids, counts = [], set(), {}
    for value in values[1:-1]:
        if not isinstance(value, dict) or value.get("type") != "record" or not isinstance(value.get("record"), dict) or len(value) != 2:
            fail("the contents hold a line that is not a record")
        record = value["record"]
        if not isinstance(record.get("id"), str) or not isinstance(record.get("kind"), str):
            fail("a record has no id or kind")
        if record["id"] in ids:
            fail(f'duplicate record id "{record["id"]}"')
        ids.add(record["id"])
        counts[record["kind"]] = counts.get(record["kind"], 0) + 1
        records.append(record)
    if len(records) != manifest["total"]:
        fail("the record count does not match the manifest total")
    if counts != manifest["counts"]:
        fail("the counts per kind do not match the manifest")
    return {"manifest": manifest, "records": records}


def decrypt(data: bytes, passphrase: str) -> dict:
    if data[:8] != b"CAIRNBAK":
        fail("this file is not a Cairn backup")
    if len(data) < 12:
        fail("the file is truncated")
    (length,) = struct.unpack(">I", data[8:12])
    if length > 16384:
        fail(f"the header length ({length} bytes) is over the 16,384-byte limit")
    head_end = 12 + length
    preamble_end = head_end + 32
    if len(data) < preamble_end + 24:
        fail("the file is truncated")
    if hashlib.blake2b(data[:head_end], digest_size=32).digest() != data[head_end:preamble_end]:
        fail("the header does not match its checksum")
    header = parse_header(data[12:head_end])
    password = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    key = argon2id(password, header["salt"], header["ops"], header["mem"])
    check = hashlib.blake2b(b"cairn-backup key check v1", key=key, digest_size=16).digest()
    if check != header["key_check"]:
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
            fail("the file is truncated (no final block)")
        (size,) = struct.unpack(">I", data[at:at + 4])
        if not (ABYTES <= size <= CHUNK + ABYTES):
            fail(f"block {n} has a length outside 17–65553")
        if at + 4 + size > len(data):
            fail("the file is truncated (no final block)")
        chunk = data[at + 4:at + 4 + size]
        ad = data[:preamble_end] if n == 1 else b""
        out = ctypes.create_string_buffer(size)
        out_len = ctypes.c_ulonglong(0)
        tag = ctypes.c_ubyte(0)
        rc = lib.crypto_secretstream_xchacha20poly1305_pull(
            state, out, ctypes.byref(out_len), ctypes.byref(tag), chunk, ctypes.c_ulonglong(size),
            ad if ad else None, ctypes.c_ulonglong(len(ad)))
        if rc != 0:
            fail(f"block {n} failed its integrity check")
        plaintext += out.raw[:out_len.value]
        at += 4 + size
        if tag.value == TAG_FINAL:
            if out_len.value >= CHUNK:
                fail(f"the final block ({n}) holds 65,536 bytes")
            if at != len(data):
                fail("unexpected data after the final block")
            break
        if tag.value != TAG_MESSAGE:
            fail(f"block {n} carries stream tag {tag.value}")
        if out_len.value != CHUNK:
            fail(f"block {n} is not the last block but holds less than 64 KiB")
    return parse_payload(bytes(plaintext))


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        result = decrypt(f.read(), os.environ["CAIRN_BACKUP_PASSPHRASE"])
    json.dump(result, sys.stdout, ensure_ascii=False)
