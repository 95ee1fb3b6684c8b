"""The standard `age` command-line tool opens a bundle with the hub's identity, and makes one the engine reads.

A bundle is a plain age v1 file (DESIGN.md §4) so that a hub can still get at its data with a stock tool if the
app is gone. Without the tool these tests fail, never skip: `./rosc test` installs it.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile

import pytest

from rosc_desktop.model import Participant
from rosc_desktop.sync import bundle as bundle_file
from rosc_desktop.sync import exchange, keys
from tests.sync import kit
from tests.sync.sites import HUB, add_person, consent_to_hub, open_pair



def age_tool() -> str:
    path = shutil.which("age")
    if path is None:
        pytest.fail("the `age` command-line tool is missing: run ./rosc test (it installs Debian's `age`)",
                    pytrace=False)
    return path


@pytest.fixture
def sites(tmp_path):
    yield from open_pair(tmp_path)


def identity_file(hub, folder):  # type: ignore[no-untyped-def]
    path = folder / "hub-identity.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(str(keys.age_identities(hub)[0]) + "\n")
    return path


def test_age_decrypts_a_bundle_with_the_hub_identity(sites, tmp_path):
    tool = age_tool()
    hub, center, usb = sites
    dana = add_person(center, "Dana Example")
    consent_to_hub(center, dana.id)
    out = exchange.export_bundle(center, HUB, usb)
    private = tmp_path / "private"
    private.mkdir(mode=0o700)

    done = subprocess.run([tool, "-d", "-i", str(identity_file(hub, private)), str(out.path)], capture_output=True)

    assert done.returncode == 0, done.stderr.decode()
    plain = done.stdout
    assert plain.startswith(bundle_file.MAGIC)
    with tarfile.open(fileobj=io.BytesIO(plain[len(bundle_file.MAGIC):]), mode="r:") as tar:
        names = tar.getnames()
        sections = {n: tar.extractfile(n).read() for n in names if n.startswith("sections/")}  # type: ignore[union-attr]
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert names[2:] and all(n.startswith("sections/") for n in names[2:])
    lines = kit.lines(sections["sections/" + exchange.CHANGES])
    assert any(line["r"] == dana.id and line["p"]["preferred_name"] == "Dana Example" for line in lines)


def test_a_payload_encrypted_by_age_is_read_by_the_engine(sites, tmp_path):
    tool = age_tool()
    hub, center, usb = sites
    dana = add_person(center, "Dana Example")
    out = exchange.export_bundle(center, HUB, usb)
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    plain = subprocess.run([tool, "-d", "-i", str(identity_file(hub, private)), str(out.path)],
                           capture_output=True, check=True).stdout
    recipient = keys.trust_card(hub).age_recipients[0]

    again = usb / "re-encrypted.age"
    subprocess.run([tool, "-r", recipient, "-o", str(again)], input=plain, check=True)

    report = exchange.import_bundle(hub, again)
    assert report.status == "applied" and kit.row(hub, Participant, dana.id) is not None
