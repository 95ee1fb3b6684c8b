"""The bundle file format: round trip, and every way a bundle can be wrong (sync-tests.md, "Tamper"/"Truncation").

The age CLI interop test is not here: the `age` tool is not installed on the build machine, so it could not run.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import os
import tarfile
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from rosc_desktop.errors import RoscError
from rosc_desktop.sync import bundle as b
from rosc_desktop.sync import bundle_limits

CREATED = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
FIELDS = {"origin": "center-a", "recipient": "hub", "schema_version": 7, "seq_from": 1, "seq_to": 40,
          "profile": "identified", "created_at": CREATED}


@pytest.fixture
def keys():
    sign = Ed25519PrivateKey.generate()
    hub = x25519.Identity.generate()
    return sign, hub


@pytest.fixture
def workdir(tmp_path):
    d = tmp_path / "work"
    d.mkdir(mode=0o700)
    return d


def lookup_for(sign):
    pub = sign.public_key()
    return lambda origin: pub if origin == "center-a" else None


def make(tmp_path, keys, sections=None, **kw):
    sign, hub = keys
    path = tmp_path / "out" / "bundle.age"
    path.parent.mkdir(exist_ok=True)
    sections = sections if sections is not None else {"changes.jsonl.gz": gzip.compress(b'{"seq":1}\n'),
                                                      "directory.json": b"[]"}
    manifest = b.write_bundle(path, FIELDS, sections, sign, [hub.to_public()], **kw)
    return path, manifest


def read(path, keys, workdir, recipient="hub", identity=None):
    sign, hub = keys
    return b.read_bundle(path, identity or hub, recipient, lookup_for(sign), workdir)


def encrypt_inner(path: Path, inner: bytes, hub) -> None:
    path.write_bytes(pyrage.encrypt(inner, [hub.to_public()]))


def tar_of(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def signed_inner(manifest_dict, sign, sections: list[tuple[str, bytes]], magic=b.MAGIC, extra=()) -> bytes:
    mbytes = b.canonical_json(manifest_dict)
    sig = sign.sign(b.SIGNATURE_CONTEXT + mbytes)
    members = [(b.MANIFEST_MEMBER, mbytes), (b.SIGNATURE_MEMBER, sig)]
    members += [(b.SECTION_PREFIX + n, d) for n, d in sections] + list(extra)
    return magic + tar_of(members)


def manifest_dict_for(sections: list[tuple[str, bytes]], **over):
    d = {"format_version": 1, "origin": "center-a", "recipient": "hub", "schema_version": 7, "seq_from": 1,
         "seq_to": 40, "profile": "identified", "created_at": "2026-11-23T12:00:00Z",
         "sections": [{"name": n, "sha256": hashlib.sha256(x).hexdigest(), "rows": 1, "bytes": len(x)}
                      for n, x in sections], "requires": [], "app_version": "0.1.0"}
    d.update(over)
    return d


# --- round trip --------------------------------------------------------------------------------------------------


def test_round_trip_two_sections_one_of_5_mb(tmp_path, keys, workdir):
    big = os.urandom(5 * 1024 * 1024 + 123)
    small = gzip.compress(b'{"seq":1}\n' * 10)
    path, written = make(tmp_path, keys, {"changes.jsonl.gz": small, "photos.bin": iter([big[:1000], big[1000:]])},
                         rows={"changes.jsonl.gz": 10})
    opened = read(path, keys, workdir)
    assert opened.manifest == written
    assert opened.manifest.section("changes.jsonl.gz").rows == 10
    assert opened.manifest.section("photos.bin").bytes == len(big)
    assert opened.sections["changes.jsonl.gz"].read_bytes() == small
    assert opened.sections["photos.bin"].read_bytes() == big
    assert b"".join(opened.sections["photos.bin"].chunks()) == big
    assert opened.sections["photos.bin"].open().read() == big
    assert opened.sections["photos.bin"].size == len(big)
    assert written.created_at == "2026-11-23T12:00:00Z" and written.format_version == 1
    # What the work folder holds is sealed: private files, none of them holding any of the sections' bytes.
    files = sorted(workdir.iterdir())
    assert len(files) == 2 and all((f.stat().st_mode & 0o777) == 0o600 for f in files)
    stored = b"".join(f.read_bytes() for f in files)
    assert small not in stored and big[:64] not in stored and big[-64:] not in stored
    assert b"changes" not in b"".join(f.name.encode() for f in files)


def test_empty_section_and_no_sections(tmp_path, keys, workdir):
    path, _ = make(tmp_path, keys, {"empty.json": b""})
    assert read(path, keys, workdir).sections["empty.json"].read_bytes() == b""
    second = tmp_path / "work2"
    second.mkdir(mode=0o700)
    path, _ = make(tmp_path, keys, {})
    assert read(path, keys, second).sections == {}


def test_inspect_reads_manifest_without_extracting(tmp_path, keys, workdir):
    sign, hub = keys
    path, written = make(tmp_path, keys, {"big.bin": os.urandom(3 << 20)})
    assert b.inspect_bundle(path, hub, lookup_for(sign), expected_recipient="hub") == written
    with pytest.raises(RoscError) as e:
        b.inspect_bundle(path, hub, lookup_for(Ed25519PrivateKey.generate()))
    assert e.value.code == "bundle_signature_invalid"


def test_inspect_finds_a_file_cut_short(tmp_path, keys):
    """A copy cut short (a USB stick pulled out) still has its manifest at the start: inspecting it used to show
    every section as if the file were whole."""
    sign, hub = keys
    path, written = make(tmp_path, keys, {"big.bin": os.urandom(3 << 20)})
    whole = path.read_bytes()
    cut = tmp_path / "cut.age"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(RoscError) as e:
        b.inspect_bundle(cut, hub, lookup_for(sign), expected_recipient="hub")
    assert_code(e, "bundle_damaged")
    assert e.value.params.get("reason") == "incomplete"
    assert b.inspect_bundle(path, hub, lookup_for(sign), expected_recipient="hub") == written


def test_inner_payload_is_magic_then_plain_tar(tmp_path, keys):
    # What `age -d` prints: anyone holding the key can look inside with standard tools.
    _, hub = keys
    path, _ = make(tmp_path, keys)
    inner = pyrage.decrypt(path.read_bytes(), [hub])
    assert inner.startswith(b"ROSC-BUNDLE\n1\n")
    with tarfile.open(fileobj=io.BytesIO(inner[len(b.MAGIC):])) as tf:
        assert tf.getnames() == ["manifest.json", "manifest.sig", "sections/changes.jsonl.gz",
                                 "sections/directory.json"]


# --- atomic write ------------------------------------------------------------------------------------------------


def test_no_part_file_after_success_and_final_appears_by_rename(tmp_path, keys, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        # At the moment of the rename the final name must not exist yet and the .part must be complete.
        seen.append((Path(src).name, Path(dst).name, Path(dst).exists(), Path(src).stat().st_size))
        return real_replace(src, dst)

    monkeypatch.setattr(b.os, "replace", spy)
    path, _ = make(tmp_path, keys)
    assert seen == [("bundle.age.part", "bundle.age", False, path.stat().st_size)]
    assert sorted(p.name for p in path.parent.iterdir()) == ["bundle.age"]


def test_failed_write_leaves_nothing(tmp_path, keys):
    sign, hub = keys

    def boom():
        yield b"x"
        raise RuntimeError("disk")

    out = tmp_path / "o"
    out.mkdir()
    with pytest.raises(RuntimeError):
        b.write_bundle(out / "x.age", FIELDS, {"a": boom()}, sign, [hub.to_public()])
    assert list(out.iterdir()) == []


def test_file_name_reveals_nothing():
    name = b.bundle_file_name("center-a", "hub", 40, CREATED)
    assert name.startswith("rosc-20261123-120000-") and name.endswith(".age")
    assert "center" not in name and "hub" not in name
    assert len(name) == len("rosc-20261123-120000-") + 12 + len(".age")
    assert b.bundle_file_name("center-a", "hub", 40, CREATED) != name


# --- failures ----------------------------------------------------------------------------------------------------


def assert_code(exc_info, *codes):
    assert exc_info.value.code in codes, exc_info.value


@pytest.mark.parametrize("where", ["stanza", "header_mac", "nonce", "first_chunk", "middle", "last"])
def test_tampered_ciphertext(tmp_path, keys, workdir, where):
    path, _ = make(tmp_path, keys, {"big.bin": os.urandom(300_000)})
    data = bytearray(path.read_bytes())
    mac = data.index(b"\n--- ") + 6
    pos = {"stanza": 40, "header_mac": mac + 3, "nonce": data.index(b"\n", mac) + 3, "first_chunk": 400,
           "middle": len(data) // 2, "last": len(data) - 5}[where]
    data[pos] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    if where == "stanza":
        # age cannot tell a damaged recipient stanza from a stanza for someone else: both fail to unwrap.
        assert_code(e, "bundle_wrong_key", "bundle_unreadable")
    else:
        assert_code(e, "bundle_unreadable", "bundle_damaged")
    assert list(workdir.iterdir()) == []


@pytest.mark.parametrize("cut", [0, 10, "header", "header+1", "chunk", "chunk+1", "chunk-1", "chunk2", "chunk2+1",
                                 "chunk2-1", "last"])
def test_truncated(tmp_path, keys, workdir, cut):
    path, _ = make(tmp_path, keys, {"big.bin": os.urandom(200_000)})
    data = path.read_bytes()
    header_end = data.index(b"\n---") + data[data.index(b"\n---") + 1:].index(b"\n") + 2
    chunk_end = header_end + 16 + 65536 + 16  # header, nonce, first chunk + tag
    chunk2 = chunk_end + 65536 + 16
    n = {"header": header_end, "header+1": header_end + 1, "chunk": chunk_end, "chunk+1": chunk_end + 1,
         "chunk-1": chunk_end - 1, "chunk2": chunk2, "chunk2+1": chunk2 + 1, "chunk2-1": chunk2 - 1,
         "last": len(data) - 1}.get(cut, cut)
    assert 0 <= n < len(data)
    path.write_bytes(data[:n])
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_unreadable")
    assert list(workdir.iterdir()) == []


def test_trailing_junk_after_age_file(tmp_path, keys, workdir):
    path, _ = make(tmp_path, keys)
    path.write_bytes(path.read_bytes() + b"junk")
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_unreadable")
    assert list(workdir.iterdir()) == []


def test_garbage_file(tmp_path, keys, workdir):
    path = tmp_path / "g.age"
    path.write_bytes(os.urandom(5000))
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_unreadable")


def test_wrong_key(tmp_path, keys, workdir):
    path, _ = make(tmp_path, keys)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir, identity=x25519.Identity.generate())
    assert_code(e, "bundle_wrong_key")
    assert list(workdir.iterdir()) == []


def test_signed_by_another_key(tmp_path, keys, workdir):
    sign, hub = keys
    path = tmp_path / "b.age"
    b.write_bundle(path, FIELDS, {"a": b"1"}, Ed25519PrivateKey.generate(), [hub.to_public()])
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_signature_invalid")
    assert list(workdir.iterdir()) == []


def test_unknown_sender(tmp_path, keys, workdir):
    sign, hub = keys
    path = tmp_path / "b.age"
    b.write_bundle(path, {**FIELDS, "origin": "center-z"}, {"a": b"1"}, sign, [hub.to_public()])
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_unknown_sender")


def test_section_swapped_after_signing(tmp_path, keys, workdir):
    sign, hub = keys
    good = [("changes.jsonl.gz", b"original"), ("directory.json", b"[]")]
    inner = signed_inner(manifest_dict_for(good), sign, [("changes.jsonl.gz", b"replaced"), ("directory.json", b"[]")])
    path = tmp_path / "b.age"
    encrypt_inner(path, inner, hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")
    assert e.value.params == {"section": "changes.jsonl.gz"}
    assert list(workdir.iterdir()) == []


def test_second_section_damaged_removes_first(tmp_path, keys, workdir):
    sign, hub = keys
    good = [("a", b"x" * 100_000), ("b", b"y")]
    inner = signed_inner(manifest_dict_for(good), sign, [("a", b"x" * 100_000), ("b", b"z")])
    path = tmp_path / "b.age"
    encrypt_inner(path, inner, hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert e.value.params == {"section": "b"}
    assert list(workdir.iterdir()) == []


def test_sections_from_two_bundles_spliced(tmp_path, keys, workdir):
    sign, hub = keys
    inner = signed_inner(manifest_dict_for([("a", b"one")]), sign, [("a", b"two")])
    path = tmp_path / "b.age"
    encrypt_inner(path, inner, hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")


def test_recipient_mismatch(tmp_path, keys, workdir):
    path, _ = make(tmp_path, keys)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir, recipient="other-hub")
    assert_code(e, "bundle_not_for_us")
    assert list(workdir.iterdir()) == []


def test_unknown_format_version_in_manifest(tmp_path, keys, workdir):
    sign, hub = keys
    s = [("a", b"1")]
    path = tmp_path / "b.age"
    encrypt_inner(path, signed_inner(manifest_dict_for(s, format_version=2), sign, s), hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_format_unsupported")


def test_unknown_format_version_in_magic(tmp_path, keys, workdir):
    sign, hub = keys
    s = [("a", b"1")]
    path = tmp_path / "b.age"
    encrypt_inner(path, signed_inner(manifest_dict_for(s), sign, s, magic=b"ROSC-BUNDLE\n2\n"), hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_format_unsupported")


def test_not_a_bundle_inside_age(tmp_path, keys, workdir):
    _, hub = keys
    path = tmp_path / "b.age"
    encrypt_inner(path, b"hello, just some age file", hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_unreadable")


@pytest.mark.parametrize("evil", ["../escape", "/tmp/abs", "sections/../../x", "sections/a/../../../x"])
def test_path_traversal_member_refused(tmp_path, keys, workdir, evil):
    sign, hub = keys
    s = [("a", b"1")]
    inner = signed_inner(manifest_dict_for(s), sign, [], extra=[(evil, b"pwned")])
    path = tmp_path / "b.age"
    encrypt_inner(path, inner, hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")
    assert list(workdir.iterdir()) == []
    assert not (tmp_path / "escape").exists() and not (tmp_path / "x").exists()


def test_extra_member_after_sections_refused(tmp_path, keys, workdir):
    sign, hub = keys
    s = [("a", b"1")]
    inner = signed_inner(manifest_dict_for(s), sign, s, extra=[("sections/b", b"smuggled")])
    path = tmp_path / "b.age"
    encrypt_inner(path, inner, hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")
    assert list(workdir.iterdir()) == []


def test_symlink_member_refused(tmp_path, keys, workdir):
    sign, hub = keys
    s = [("a", b"1")]
    mbytes = b.canonical_json(manifest_dict_for(s))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        for name, data in [(b.MANIFEST_MEMBER, mbytes), (b.SIGNATURE_MEMBER, sign.sign(b.SIGNATURE_CONTEXT + mbytes))]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("sections/a")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
    path = tmp_path / "b.age"
    encrypt_inner(path, b.MAGIC + buf.getvalue(), hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")
    assert list(workdir.iterdir()) == []


def test_missing_section_refused(tmp_path, keys, workdir):
    sign, hub = keys
    s = [("a", b"1"), ("b", b"2")]
    path = tmp_path / "b.age"
    encrypt_inner(path, signed_inner(manifest_dict_for(s), sign, s[:1]), hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")
    assert list(workdir.iterdir()) == []


def test_non_canonical_manifest_refused(tmp_path, keys, workdir):
    sign, hub = keys
    s = [("a", b"1")]
    mbytes = b.canonical_json(manifest_dict_for(s)) + b" "
    members = [(b.MANIFEST_MEMBER, mbytes), (b.SIGNATURE_MEMBER, sign.sign(b.SIGNATURE_CONTEXT + mbytes)),
               ("sections/a", b"1")]
    path = tmp_path / "b.age"
    encrypt_inner(path, b.MAGIC + tar_of(members), hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")


def test_workdir_must_be_empty(tmp_path, keys, workdir):
    path, _ = make(tmp_path, keys)
    (workdir / "changes.jsonl.gz").write_bytes(b"left over")
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_workdir_unsafe")
    assert [p.name for p in workdir.iterdir()] == ["changes.jsonl.gz"]


def test_renamed_bundle_still_reads(tmp_path, keys, workdir):
    path, written = make(tmp_path, keys)
    moved = path.rename(tmp_path / b.bundle_file_name("center-a", "hub", 40, CREATED))
    assert read(moved, keys, workdir).manifest == written


def test_inspect_checks_recipient_when_asked(tmp_path, keys):
    sign, hub = keys
    path, _ = make(tmp_path, keys)
    with pytest.raises(RoscError) as e:
        b.inspect_bundle(path, hub, lookup_for(sign), expected_recipient="other-hub")
    assert_code(e, "bundle_not_for_us")


def test_workdir_must_be_private(tmp_path, keys):
    path, _ = make(tmp_path, keys)
    open_dir = tmp_path / "shared"
    open_dir.mkdir()
    open_dir.chmod(0o755)
    with pytest.raises(RoscError) as e:
        read(path, keys, open_dir)
    assert_code(e, "bundle_workdir_unsafe")


# --- canonical JSON ----------------------------------------------------------------------------------------------


def test_canonical_json_stable_across_dict_orders():
    a = {"b": 1, "a": [1, {"y": None, "x": True}], "é": "ü", "c": "line\nbreak"}
    c = {"c": "line\nbreak", "é": "ü", "a": [1, {"x": True, "y": None}], "b": 1}
    assert b.canonical_json(a) == b.canonical_json(c)
    assert b.canonical_json(a) == '{"a":[1,{"x":true,"y":null}],"b":1,"c":"line\\nbreak","é":"ü"}'.encode()


def test_canonical_json_sorts_by_utf16_like_rfc8785():
    # U+1F600 is a surrogate pair (D83D...) in UTF-16 and sorts before U+FB01 there, unlike by code point.
    assert b.canonical_json({"\ufb01": 1, "\U0001f600": 2}) == '{"\U0001f600":2,"\ufb01":1}'.encode()


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), 1.5, {1: "x"}, b"bytes", "\ud800"])
def test_canonical_json_refuses(bad):
    with pytest.raises(ValueError):
        b.canonical_json({"v": bad} if not isinstance(bad, dict) else bad)


def test_nonzero_bytes_after_archive_end_refused(tmp_path, keys, workdir):
    sign, hub = keys
    s = [("a", b"1")]
    path = tmp_path / "b.age"
    encrypt_inner(path, signed_inner(manifest_dict_for(s), sign, s) + b"appended", hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")
    assert list(workdir.iterdir()) == []


def test_every_recipient_can_open(tmp_path, keys):
    # The escrow recipient (sync-tests.md, ODK lesson) reads the same file as the hub.
    sign, hub = keys
    escrow = x25519.Identity.generate()
    path = tmp_path / "b.age"
    b.write_bundle(path, FIELDS, {"a": b"1"}, sign, [hub.to_public(), escrow.to_public()])
    for n, ident in enumerate((hub, escrow)):
        w = tmp_path / f"w{n}"
        w.mkdir(mode=0o700)
        assert read(path, keys, w, identity=ident).sections["a"].read_bytes() == b"1"


def test_own_disk_failure_is_not_blamed_on_the_bundle(tmp_path, keys, workdir, monkeypatch):
    path, _ = make(tmp_path, keys, {"a": b"x" * 10_000, "b": b"y"})
    real_fdopen = os.fdopen
    opened = []

    class Full(io.RawIOBase):
        def __init__(self, fd):
            self._f = real_fdopen(fd, "wb")
            opened.append(self)

        def write(self, data):
            raise OSError(28, "No space left on device")

        def close(self):
            self._f.close()

    monkeypatch.setattr(b.os, "fdopen", lambda fd, mode: Full(fd))
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_workdir_write_failed")
    assert e.value.params == {"errno": 28}
    assert opened and list(workdir.iterdir()) == []


def test_negative_member_size_refused(tmp_path, keys, workdir):
    # Anyone with the hub's public key can encrypt to it, so the archive header is hostile until the signature
    # is checked: a base-256 negative size must not stall or crash the reader.
    _, hub = keys
    info = tarfile.TarInfo(b.MANIFEST_MEMBER)
    block = bytearray(info.tobuf(format=tarfile.USTAR_FORMAT))
    block[124:136] = b"\xff" * 12  # size field, base-256 encoded -1
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    path = tmp_path / "b.age"
    encrypt_inner(path, b.MAGIC + bytes(block) + b"\0" * 1024, hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")


def test_row_counts_may_be_counted_while_a_section_streams(tmp_path, keys, workdir):
    sign, hub = keys
    counted = [0]

    def lines():
        for i in range(5):
            counted[0] += 1
            yield b"%d\n" % i

    manifest = b.write_bundle(tmp_path / "b.age", FIELDS, {"changes.jsonl": lines()}, sign, [hub.to_public()],
                              rows={"changes.jsonl": lambda: counted[0]})
    assert manifest.section("changes.jsonl").rows == 5
    assert read(tmp_path / "b.age", keys, workdir).manifest.section("changes.jsonl").rows == 5


def test_a_newer_format_names_the_version_to_update_to(tmp_path, keys, workdir):
    sign, hub = keys
    newer = manifest_dict_for([("a", b"1")], format_version=2, app_version="3.2.0")
    path = tmp_path / "b.age"
    encrypt_inner(path, signed_inner(newer, sign, [("a", b"1")], magic=b.MAGIC), hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_format_unsupported")
    assert e.value.params == {"app_version": "3.2.0"}


# --- bounded content (issue 13): hostile but signed sections end as a RoscError, never a crash or a flood ----------


def _refused(tmp_path, keys, workdir, sections):
    path, _ = make(tmp_path, keys, sections)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert list(workdir.iterdir()) == []
    return e.value


def test_a_gzip_bomb_stops_early_with_flat_memory(tmp_path, keys, workdir):
    import tracemalloc
    import zlib

    # 256 MiB of blank lines squeezed into a quarter megabyte (four times the budget for a section this small);
    # nothing in the section says how big it unpacks.
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\n" * (1 << 20)
    bomb = b"".join(z.compress(block) for _ in range(256)) + z.flush()
    assert len(bomb) < 512 << 10 and bundle_limits.expansion_budget(len(bomb)) == 64 << 20
    path, _ = make(tmp_path, keys, {"changes.jsonl.gz": bomb})
    tracemalloc.start()
    try:
        with pytest.raises(RoscError) as e:
            read(path, keys, workdir)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (e.value.code, e.value.params) == ("bundle_too_large", {"section": "changes.jsonl.gz"})
    assert peak < 32 << 20
    assert list(workdir.iterdir()) == []


def test_one_endless_line_stops_at_the_line_limit(tmp_path, keys, workdir):
    endless = gzip.compress(b'{"p":"' + b"x" * (40 << 20))
    assert _refused(tmp_path, keys, workdir, {"changes.jsonl.gz": endless}).code == "bundle_too_large"


@pytest.mark.parametrize("name", ["changes.jsonl.gz", "transfers.jsonl", "center.json"])
def test_nesting_beyond_the_cap_is_refused_before_any_reader_parses_it(tmp_path, keys, workdir, name):
    deep = b"[" * 100_000 + b"]" * 100_000
    data = gzip.compress(deep + b"\n") if name.endswith(".gz") else deep
    error = _refused(tmp_path, keys, workdir, {name: data})
    assert (error.code, error.params) == ("bundle_rows_invalid", {"section": name})


def test_brackets_inside_strings_do_not_count_and_moderate_nesting_passes(tmp_path, keys, workdir):
    rows = [{"note": "[" * 500 + "{" * 500}, {"a": [[[[[[[[{"b": [1, 2, {"c": "]]]"}]}]]]]]]]]}]
    data = b"".join(json.dumps(r).encode() + b"\n" for r in rows)
    path, _ = make(tmp_path, keys, {"changes.jsonl": data, "center.json": json.dumps(rows, indent=2).encode()})
    opened = read(path, keys, workdir)
    assert list(bundle_limits.json_lines(opened.sections["changes.jsonl"])) == rows
    assert bundle_limits.json_document(opened.sections["center.json"]) == rows


def test_depth_hidden_by_brackets_in_strings_is_still_found():
    # Each level opens an array and then a string holding the closer a naive count would pair it with.
    text = ('["]", ' * 200 + "1" + "]" * 200).encode()
    assert not bundle_limits.depth_within(text)
    with pytest.raises(ValueError):
        bundle_limits.parse(text)


@pytest.mark.parametrize("name", ["changes.jsonl.gz", "transfers.jsonl", "center.json"])
@pytest.mark.parametrize("text", [b'{"name": "Dana \\ud800"}', b'{"name": "\\udc00 Dana"}', b'{"\\ud83d": 1}',
                                  b'{"name": "Dana \xed\xa0\x80"}'])
def test_lone_surrogates_are_refused(tmp_path, keys, workdir, name, text):
    data = gzip.compress(text + b"\n") if name.endswith(".gz") else text
    error = _refused(tmp_path, keys, workdir, {name: data})
    assert (error.code, error.params) == ("bundle_rows_invalid", {"section": name})


def test_a_surrogate_pair_and_an_escaped_backslash_are_fine(tmp_path, keys, workdir):
    text = b'{"name": "Dana \\ud83d\\ude00", "path": "C:\\\\ud800"}\n'
    path, _ = make(tmp_path, keys, {"changes.jsonl": text})
    [row] = bundle_limits.json_lines(read(path, keys, workdir).sections["changes.jsonl"])
    assert row == {"name": "Dana \U0001f600", "path": "C:\\ud800"}


@pytest.mark.parametrize("damage", ["crc", "length", "cut", "garbage_after"])
def test_a_gzip_section_with_a_bad_checksum_or_end_is_refused(tmp_path, keys, workdir, damage):
    good = gzip.compress(b'{"seq":1}\n' * 100)
    bad = {"crc": good[:-8] + bytes([good[-8] ^ 1]) + good[-7:], "length": good[:-1] + bytes([good[-1] ^ 1]),
           "cut": good[:-5], "garbage_after": good + b"not gzip"}[damage]
    error = _refused(tmp_path, keys, workdir, {"changes.jsonl.gz": bad})
    assert (error.code, error.params) == ("bundle_rows_invalid", {"section": "changes.jsonl.gz"})


def test_a_hostile_section_that_also_fails_its_hash_says_damaged(tmp_path, keys, workdir):
    # Content broken on the way (not as signed) is "damaged", not the sender's fault: the hash is checked first.
    sign, hub = keys
    good = gzip.compress(b'{"seq":1}\n')
    bomb = gzip.compress(b"[" * 1000 + b"\n")
    inner = signed_inner(manifest_dict_for([("changes.jsonl.gz", good)]), sign, [("changes.jsonl.gz", bomb)])
    path = tmp_path / "b.age"
    encrypt_inner(path, inner, hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")


@pytest.mark.parametrize("manifest_json", [
    b"[" * 200_000 + b"]" * 200_000,
    b'{"format_version": 1, "origin": "\\ud800"}',
    b'{"format_version": 1, "origin": ' + b"9" * 5000 + b"}",
    b'{"format_version": 1e999}',
])
def test_a_hostile_manifest_from_anyone_is_damaged_not_a_crash(tmp_path, keys, workdir, manifest_json):
    # Anyone holding the hub's public key can encrypt to it: this is read before any signature is checked.
    sign, hub = keys
    inner = b.MAGIC + tar_of([(b.MANIFEST_MEMBER, manifest_json), (b.SIGNATURE_MEMBER, b"\0" * 64)])
    path = tmp_path / "b.age"
    encrypt_inner(path, inner, hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")
    with pytest.raises(RoscError) as e:
        b.inspect_bundle(path, hub, lookup_for(sign))
    assert_code(e, "bundle_damaged")


@pytest.mark.parametrize("field", ["seq_to", "schema_version"])
def test_manifest_numbers_must_fit_the_database(tmp_path, keys, workdir, field):
    sign, hub = keys
    s = [("a", b"1")]
    path = tmp_path / "b.age"
    encrypt_inner(path, signed_inner(manifest_dict_for(s, **{field: 1 << 63}), sign, s), hub)
    with pytest.raises(RoscError) as e:
        read(path, keys, workdir)
    assert_code(e, "bundle_damaged")


def test_numbers_in_rows_must_fit_sqlite_and_be_finite(tmp_path, keys, workdir):
    for text in (b'{"v": 9223372036854775808}', b'{"v": -9223372036854775809}', b'{"v": 1e400}', b'{"v": NaN}'):
        with pytest.raises(ValueError):
            bundle_limits.parse(text)
    assert bundle_limits.parse(b'{"v": 9223372036854775807, "w": -9223372036854775808}')["v"] == (1 << 63) - 1
