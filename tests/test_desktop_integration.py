"""The Linux bundle's install.sh and uninstall.sh, the menu entry, the AppStream file and the icons.

A fake bundle stands in for the PyInstaller build: a folder rosc-desktop-<version>/ shaped like the real one (an
executable `rosc-desktop`, an `_internal/` folder) with the files the build copies in from packaging/linux and
the icons render-icons draws. The scripts run with --prefix into a temporary folder, never into a real home.

appstreamcli and desktop-file-validate must be installed (apt: appstream, desktop-file-utils): these tests fail
rather than skip without them, so CI cannot pass by skipping.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.rosc_desktop.RoscDesktop"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICONS = [f"share/icons/hicolor/{s}x{s}/apps/rosc-desktop.png" for s in SIZES] + [
    "share/icons/hicolor/scalable/apps/rosc-desktop.svg"]
# Everything install.sh puts outside the app folder, relative to the prefix (which stands for ~/.local).
INSTALLED = ["bin/rosc-desktop", "share/applications/rosc-desktop.desktop",
             f"share/metainfo/{APP_ID}.metainfo.xml", *ICONS]


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (apt: appstream, desktop-file-utils); these checks must not be skipped")
    return path


@pytest.fixture(scope="module")
def rendered_icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons") / "hicolor"
    run = subprocess.run([sys.executable, str(LINUX / "render-icons"), str(out)], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    return out


def make_bundle(where: Path, version: str, icons: Path) -> Path:
    """A folder like the unpacked rosc-desktop-<version>-linux-x86_64.tar.gz."""
    bundle = where / f"rosc-desktop-{version}"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    exe = bundle / "rosc-desktop"
    exe.write_text(f'#!/bin/sh\necho "ROSC Desktop {version}"\n')  # what --version prints
    exe.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX / script, bundle / script)  # copy2 keeps the executable bit, as tar does
    shutil.copytree(LINUX / "share", bundle / "share")
    shutil.copytree(icons, bundle / "share" / "icons" / "hicolor")
    return bundle


def run(script: Path, *args: str, ok: bool = True, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(script), *args], capture_output=True, text=True, timeout=60,
                          env=env if env is not None else dict(os.environ))
    if ok:
        assert done.returncode == 0, f"{script.name} {args}: {done.stdout}\n{done.stderr}"
    return done


def tree(folder: Path, times: bool = True) -> dict[str, str]:
    """Every file and link under folder (not directories): relative path -> link target, or size (and time)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[rel] = "link " + os.readlink(path)
        elif path.is_file():
            found[rel] = f"file {path.stat().st_size}" + (f" {path.stat().st_mtime_ns}" if times else "")
    return found


def desktop_exec(desktop_file: Path) -> list[str]:
    line = next(x for x in desktop_file.read_text().splitlines() if x.startswith("Exec="))
    return shlex.split(line.removeprefix("Exec="))


def validate_desktop(path: Path) -> None:
    done = subprocess.run([tool("desktop-file-validate"), str(path)], capture_output=True, text=True, timeout=60)
    problems = [x for x in (done.stdout + done.stderr).splitlines() if ": error:" in x or ": warning:" in x]
    assert done.returncode == 0 and not problems, done.stdout + done.stderr


def validate_metainfo(path: Path) -> str:
    done = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(path)], capture_output=True,
                          text=True, timeout=60)
    out = done.stdout + done.stderr
    problems = [x for x in out.splitlines() if x.startswith(("E:", "W:"))]
    assert done.returncode == 0 and not problems, out
    return out


# The files as they are in git.

def test_metainfo_is_valid_appstream() -> None:
    metainfo = LINUX / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    validate_metainfo(metainfo)
    text = metainfo.read_text()
    for needed in (f"<id>{APP_ID}</id>", "<project_license>AGPL-3.0-or-later</project_license>",
                   '<launchable type="desktop-id">rosc-desktop.desktop</launchable>',
                   "<binary>rosc-desktop</binary>"):
        assert needed in text, needed
    from rosc_desktop import __version__
    assert f'<release version="{__version__}"' in text, "the metainfo's releases must name this version"


def test_desktop_entry_is_valid() -> None:
    validate_desktop(LINUX / "share" / "applications" / "rosc-desktop.desktop")


def test_render_icons_draws_every_size(rendered_icons: Path) -> None:
    from PySide6.QtGui import QImage

    for size in SIZES:
        png = rendered_icons / f"{size}x{size}" / "apps" / "rosc-desktop.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
        image = QImage(str(png))
        assert not image.isNull(), png
        assert (image.width(), image.height()) == (size, size), png
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0, "the rounded corner is transparent"
        assert image.pixelColor(size // 2, size // 2).alpha() == 255, "the middle is drawn"
    svg = rendered_icons / "scalable" / "apps" / "rosc-desktop.svg"
    assert svg.read_bytes() == (ROOT / "rosc_desktop" / "resources" / "icons" / "rosc-desktop.svg").read_bytes()


# install.sh and uninstall.sh on a fake bundle.

def test_install_puts_every_file_in_place(tmp_path: Path, rendered_icons: Path) -> None:
    bundle = make_bundle(tmp_path / "download", "0.1.0", rendered_icons)
    prefix = tmp_path / "prefix"
    done = run(bundle / "install.sh", "--prefix", str(prefix))

    for rel in INSTALLED:
        assert (prefix / rel).exists(), rel
    for rel in ICONS:
        assert (prefix / rel).read_bytes() == (bundle / rel).read_bytes(), rel
    app = prefix / "share" / "rosc-desktop-app"
    assert os.readlink(app / "current") == "0.1.0"
    assert (app / "0.1.0" / "_internal" / "base_library.zip").is_file()
    assert (app / "0.1.0" / "uninstall.sh").is_file(), "the installed copy carries its uninstaller"
    launcher = prefix / "bin" / "rosc-desktop"
    assert launcher.is_symlink() and os.readlink(launcher) == str(app / "current" / "rosc-desktop")

    desktop = prefix / "share" / "applications" / "rosc-desktop.desktop"
    command = desktop_exec(desktop)
    assert command == [str(launcher)], "the menu starts the launcher by its absolute path"
    assert Path(command[0]).is_absolute() and os.access(command[0], os.X_OK)
    assert subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip() == "ROSC Desktop 0.1.0"
    validate_desktop(desktop)
    validate_metainfo(prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml")

    data = prefix / "share" / "rosc-desktop"
    assert not data.exists(), "install.sh creates no data folder: the app does, at its first start"
    assert f"Your data was not touched: it stays in {data}" in done.stdout


def test_install_twice_is_fine(tmp_path: Path, rendered_icons: Path) -> None:
    bundle = make_bundle(tmp_path / "download", "0.1.0", rendered_icons)
    prefix = tmp_path / "prefix"
    run(bundle / "install.sh", "--prefix", str(prefix))
    first = tree(prefix, times=False)
    run(bundle / "install.sh", "--prefix", str(prefix))
    assert tree(prefix, times=False) == first
    # Run again from the installed copy (as a repair would): nothing breaks.
    run(prefix / "share" / "rosc-desktop-app" / "current" / "install.sh", "--prefix", str(prefix))
    assert (prefix / "share" / "rosc-desktop-app" / "0.1.0" / "rosc-desktop").is_file()
    assert os.access(prefix / "bin" / "rosc-desktop", os.X_OK)


def test_newer_version_keeps_the_data_folder(tmp_path: Path, rendered_icons: Path) -> None:
    prefix = tmp_path / "prefix"
    app = prefix / "share" / "rosc-desktop-app"
    run(make_bundle(tmp_path / "v1", "0.1.0", rendered_icons) / "install.sh", "--prefix", str(prefix))
    data = prefix / "share" / "rosc-desktop"
    (data / "backups").mkdir(parents=True)
    (data / "rosc.db").write_bytes(b"a center's encrypted records")
    (data / "backups" / "before.roscbackup").write_bytes(b"backup")
    before = tree(data)

    done = run(make_bundle(tmp_path / "v2", "0.2.0", rendered_icons) / "install.sh", "--prefix", str(prefix))
    assert tree(data) == before, "the data folder is untouched: same files, sizes and times"
    assert (data / "rosc.db").read_bytes() == b"a center's encrypted records"
    assert os.readlink(app / "current") == "0.2.0"
    assert (app / "0.1.0" / "rosc-desktop").is_file(), "the version before stays until the next update"
    assert "updated from 0.1.0" in done.stdout
    launcher = prefix / "bin" / "rosc-desktop"
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout.strip() == "ROSC Desktop 0.2.0"

    run(make_bundle(tmp_path / "v3", "0.3.0", rendered_icons) / "install.sh", "--prefix", str(prefix))
    assert sorted(p.name for p in app.iterdir()) == ["0.2.0", "0.3.0", "current"]
    assert tree(data) == before


def test_uninstall_removes_what_install_added_but_not_the_data(tmp_path: Path, rendered_icons: Path) -> None:
    prefix = tmp_path / "prefix"
    data = prefix / "share" / "rosc-desktop"
    data.mkdir(parents=True)
    (data / "rosc.db").write_bytes(b"records")
    # Someone else's menu entry and icon, which must survive.
    other = prefix / "share" / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    before = tree(prefix)

    run(make_bundle(tmp_path / "v1", "0.1.0", rendered_icons) / "install.sh", "--prefix", str(prefix))
    run(make_bundle(tmp_path / "v2", "0.2.0", rendered_icons) / "install.sh", "--prefix", str(prefix))
    done = run(prefix / "share" / "rosc-desktop-app" / "current" / "uninstall.sh", "--prefix", str(prefix))

    after = tree(prefix)
    # update-desktop-database may leave its cache beside another entry; it is the desktop's, not ours.
    after.pop("share/applications/mimeinfo.cache", None)
    assert after == before
    assert not (prefix / "share" / "rosc-desktop-app").exists()
    assert not (prefix / "share" / "icons").exists(), "icon folders install.sh made are gone with the icons"
    assert str(data) in done.stdout and "rm -rf" in done.stdout, "it says where the data is and how to remove it"
    # Running it again finds nothing to do and still succeeds.
    run(make_bundle(tmp_path / "v3", "0.2.0", rendered_icons) / "uninstall.sh", "--prefix", str(prefix))
    assert tree(prefix).keys() - {"share/applications/mimeinfo.cache"} == before.keys()


def test_install_without_prefix_follows_xdg(tmp_path: Path, rendered_icons: Path) -> None:
    bundle = make_bundle(tmp_path / "download", "0.1.0", rendered_icons)
    home = tmp_path / "someone"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    run(bundle / "install.sh", env=env)
    local = home / ".local"
    for rel in INSTALLED:
        assert (local / rel).exists(), rel
    desktop = local / "share" / "applications" / "rosc-desktop.desktop"
    assert desktop_exec(desktop) == [str(local / "bin" / "rosc-desktop")]
    run(local / "share" / "rosc-desktop-app" / "current" / "uninstall.sh", env=env)
    assert not (local / "share" / "rosc-desktop-app").exists() and not (local / "bin" / "rosc-desktop").exists()

    xdg = tmp_path / "xdg-data"
    run(bundle / "install.sh", env={**env, "XDG_DATA_HOME": str(xdg)})
    assert (xdg / "rosc-desktop-app" / "0.1.0" / "rosc-desktop").is_file()
    assert (xdg / "applications" / "rosc-desktop.desktop").is_file()
    assert (home / ".local" / "bin" / "rosc-desktop").is_symlink(), "the launcher stays in ~/.local/bin"


def test_install_refuses_a_broken_bundle_an_app_that_cannot_start_or_a_foreign_launcher(
        tmp_path: Path, rendered_icons: Path) -> None:
    bundle = make_bundle(tmp_path / "download", "0.1.0", rendered_icons)
    prefix = tmp_path / "prefix"
    (bundle / "share" / "icons" / "hicolor" / "48x48" / "apps" / "rosc-desktop.png").unlink()
    done = run(bundle / "install.sh", "--prefix", str(prefix), ok=False)
    assert done.returncode != 0 and "48x48" in done.stderr
    assert tree(prefix) == {}, "nothing is changed when the bundle is incomplete"

    # A build that cannot start here (a system older than the build's glibc floor) is refused with a sentence.
    too_new = make_bundle(tmp_path / "too-new", "0.1.0", rendered_icons)
    (too_new / "rosc-desktop").write_text("#!/bin/sh\necho \"version 'GLIBC_2.99' not found\" >&2\nexit 1\n")
    done = run(too_new / "install.sh", "--prefix", str(prefix), ok=False)
    assert done.returncode != 0 and "does not start on this computer" in done.stderr and "GLIBC_2.99" in done.stderr
    assert tree(prefix) == {}

    good = make_bundle(tmp_path / "again", "0.1.0", rendered_icons)
    (prefix / "bin").mkdir(parents=True)
    (prefix / "bin" / "rosc-desktop").write_text("#!/bin/sh\n# made by pip\n")
    done = run(good / "install.sh", "--prefix", str(prefix), ok=False)
    assert done.returncode != 0 and "not made by this installer" in done.stderr
    assert (prefix / "bin" / "rosc-desktop").read_text() == "#!/bin/sh\n# made by pip\n"
