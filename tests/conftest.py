"""Every test gets its own data folder; Qt runs offscreen; key derivation is made cheap for speed; the session
runs in a time zone where it is about noon, so no run crosses the center's midnight.

The real Argon2id cost (64 MiB, 3 passes) is exercised by tests that say so; the rest use a tiny cost so the
suite stays quick. Nothing here touches a person's real data folder.
"""

from __future__ import annotations

import getpass
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

# Offscreen Qt's screen is 800×800 unless told otherwise: tests see the 1280×720 of the laptops centers own, so a
# dialog that sizes itself to the screen is tested on the screen that matters.
if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + os.path.join(
        os.path.dirname(__file__), "data", "laptop-screen.json")


def _zone_where_it_is_about_noon() -> str:
    """A fixed-offset POSIX zone in which the local clock now reads between 12:00 and 13:00.

    Tests take "today" before a service checks it (a fixture, a module constant read at collection): a run that
    crossed the center's midnight saw two dates and failed. Run at noon, no run (CI allows 90 minutes) crosses
    one, nor comes near the hour before it in which consent sharing turns stricter (clock.SHARING_MARGIN). A
    zone, not a faked clock, so subprocesses, Qt, SQLite and file times all agree with the tests. Which zone
    depends on the hour a run starts, so do not rely on it: a test about a zone sets one (`set_zone`)."""
    from datetime import datetime, timezone

    east = 12 - datetime.now(timezone.utc).hour  # -11 .. +12 hours
    return f"<{east:+03d}>{-east:+d}"  # POSIX counts hours west of UTC: "<+11>-11" is UTC+11


if hasattr(time, "tzset"):  # Unix: Windows' C runtime does not read POSIX zone strings, and has no tzset
    os.environ["TZ"] = _zone_where_it_is_about_noon()
    time.tzset()

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from rosc_desktop.paths import AppPaths  # noqa: E402
from rosc_desktop.store import keyring as keyring_module  # noqa: E402
from rosc_desktop.store.keyring import KdfParams  # noqa: E402

CHEAP_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8)
ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROSC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setattr(keyring_module, "DEFAULT_KDF", CHEAP_KDF)
    # A developer's own hub URL must never reach a test: each PostgreSQL test names its database. Set, then
    # removed, so the undo also removes a URL that `rosc-desktop --database-url` put into os.environ itself.
    monkeypatch.setenv("ROSC_DATABASE_URL", "")
    monkeypatch.delenv("ROSC_DATABASE_URL")
    from rosc_desktop.settings import UserSettings

    UserSettings.use(None)  # no test sees another's preferences


@pytest.fixture(autouse=True)
def _english_interface() -> None:
    """Where a QApplication runs, the interface is English with its plural forms ("1 time", not "1 time(s)"), as
    the app starts it; a test of another language installs its own after this. The default QLocale is left as it
    was (each test that changes it puts it back), so dates and times read as they always have."""
    import sys

    if "PySide6.QtCore" not in sys.modules:  # a test that never touches Qt does not load it for this
        return
    from PySide6.QtCore import QCoreApplication, QLocale

    if QCoreApplication.instance() is not None:
        from rosc_desktop import i18n

        locale = QLocale()  # the tests' dates and times are written as they always were (the language fixtures)
        i18n.install("en")
        QLocale.setDefault(locale)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data").ensure()


@pytest.fixture
def services(paths: AppPaths):  # type: ignore[no-untyped-def]
    """A fresh center 'Harbor Light' (site HL-01) with admin 'ana', signed in."""
    from rosc_desktop.services.session import create_center

    svc, _recovery = create_center(
        paths,
        center_name="Harbor Light",
        site_code="HL-01",
        admin_username="ana",
        admin_display_name="Ana Ruiz",
        password=ADMIN_PASSWORD,
    )
    yield svc
    _let_background_work_finish()
    svc.close()


def _let_background_work_finish() -> None:
    """A screen's background operation that a test started (and did not wait for) must not outlive the store it
    reads: closing the store under a running query crashed the interpreter once in a while (a segfault while
    the next test collected garbage)."""
    import sys

    operations = sys.modules.get("rosc_desktop.ui.operations")
    if operations is not None:
        operations.wait_for_operations(30_000)


@pytest.fixture
def staff_services(services, paths):  # type: ignore[no-untyped-def]
    """Sign in as a given role: `staff_services("peer_specialist")` returns that person's Services."""
    from rosc_desktop.services.session import sign_in

    opened = []

    def make(role: str):  # type: ignore[no-untyped-def]
        username = f"{role.replace('_', '-')}"
        services.accounts.create_staff(username, f"Test {role}", role, "password-" + role)
        svc = sign_in(paths, username, "password-" + role)
        opened.append(svc)
        return svc

    yield make
    for svc in opened:
        svc.close()


# -- PostgreSQL: a throw-away server for the hub's store ----------------------------------------------------

REQUIRE_POSTGRES_ENV = "ROSC_REQUIRE_POSTGRES"
PG_LOGIN_ROLE = "rosc_login"  # a role that must give a password, for the wrong-password tests
PG_LOGIN_PASSWORD = "right-password"


@dataclass
class PostgresServer:
    socket_dir: str
    port: int
    superuser: str

    def url(self, database: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        who = user or self.superuser
        if password is not None:
            who = f"{who}:{password}"
        return f"postgresql+psycopg://{who}@/{database}?host={self.socket_dir}&port={self.port}"


def _pg_bindir() -> Path | None:
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True).stdout
            candidates.append(Path(out.strip()))
        except (OSError, subprocess.CalledProcessError):
            pass
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                         key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_postgres(root: Path) -> tuple[PostgresServer | None, str]:
    """Start a server owned by this test run; returns it, or None and the reason it could not start."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed (pip install 'psycopg[binary]')"
    bindir = _pg_bindir()
    if bindir is None:
        return None, "no initdb/pg_ctl found (pg_config --bindir, /usr/lib/postgresql/*/bin, PATH)"
    run_as: list[str] = []
    superuser = getpass.getuser()
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: run it as the postgres system user
        try:
            pg_user = pwd.getpwnam("postgres")
        except KeyError:
            return None, "running as root and there is no 'postgres' system user to run the server"
        os.chown(root, pg_user.pw_uid, pg_user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
        superuser = "postgres"
    data, log = root / "data", root / "server.log"
    port = _free_port()
    steps = [
        [*run_as, str(bindir / "initdb"), "-D", str(data), "-U", superuser, "--auth=trust", "--encoding=UTF8",
         "--locale=C.UTF-8", "--no-sync"],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True)
        if done.returncode != 0:
            return None, f"initdb failed: {done.stderr.strip()[-500:]}"
    # Password auth for one role (the wrong-password tests), trust for the rest: the socket is private.
    hba = data / "pg_hba.conf"
    hba.write_text(f"local all {PG_LOGIN_ROLE} scram-sha-256\nlocal all all trust\n")
    options = f"-k {root} -p {port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off " \
              "-c full_page_writes=off -c max_connections=100"
    done = subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
                           "-o", options, "start"], capture_output=True, text=True)
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-500:] if log.exists() else done.stderr[-500:]
        return None, f"pg_ctl start failed: {tail.strip()}"
    server = PostgresServer(str(root), port, superuser)
    import psycopg

    with psycopg.connect(host=server.socket_dir, port=port, user=superuser, dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {PG_LOGIN_ROLE} LOGIN CREATEDB PASSWORD '{PG_LOGIN_PASSWORD}'")
    return server, ""


def _stop_postgres(root: Path) -> None:
    bindir = _pg_bindir()
    if bindir is None or not (root / "data" / "postmaster.pid").exists():
        return
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "-w", "stop"],
                   capture_output=True)


@pytest.fixture(scope="session")
def postgres():  # type: ignore[no-untyped-def]
    """A PostgreSQL server for this test run (its own data folder, socket and port), stopped at the end.

    Where one cannot be started the tests that need it fail, saying why (a skip is a failure in this suite, see
    the end of this file; ROSC_REQUIRE_POSTGRES=1, as `./rosc test` and CI set, fails them directly), so a broken
    install never passes as green."""
    # Not under pytest's tmp folder: that one is private to root, and the server may run as 'postgres'.
    root = Path(tempfile.mkdtemp(prefix="rosc-pg-"))
    try:
        server, reason = _start_postgres(root)
    except Exception as exc:  # noqa: BLE001 - any failure to start is reported the same way
        server, reason = None, f"{type(exc).__name__}: {exc}"
    try:
        if server is None:
            message = f"PostgreSQL not available: {reason}"
            if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
                pytest.fail(message, pytrace=False)
            pytest.skip(message)
        yield server
    finally:
        _stop_postgres(root)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres: PostgresServer) -> str:
    """The running server's maintenance database, as the superuser (for tests that make their own)."""
    return postgres.url()


@pytest.fixture
def pg_database_url(postgres: PostgresServer):  # type: ignore[no-untyped-def]
    """A fresh, empty database `rosc_<random>` on the test server, dropped after the test."""
    import psycopg

    name = f"rosc_{secrets.token_hex(6)}"
    admin = {"host": postgres.socket_dir, "port": postgres.port, "user": postgres.superuser, "dbname": "postgres",
             "autocommit": True}
    with psycopg.connect(**admin) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield postgres.url(name)
    with psycopg.connect(**admin) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_backend(request) -> str:  # type: ignore[no-untyped-def]
    """Run the test once on the encrypted SQLite file and once on PostgreSQL."""
    return request.param


@pytest.fixture
def hub_services_factory(tmp_path: Path, request):  # type: ignore[no-untyped-def]
    """Make signed-in sites: `make(site_code="HUB", is_hub=True, name=..., backend=None) -> Services`.

    Each site gets its own data folder and admin 'admin'. A hub (is_hub=True) goes on the test's
    `store_backend` when the test asks for one; centers default to SQLite (they never run PostgreSQL);
    `backend=` chooses explicitly. Everything made is closed at the end."""
    from rosc_desktop.services.session import create_center

    opened = []

    def make(site_code: str = "HUB", is_hub: bool = True, name: str | None = None,
             backend: str | None = None):  # type: ignore[no-untyped-def]
        if backend is None:
            backend = request.getfixturevalue("store_backend") \
                if is_hub and "store_backend" in request.fixturenames else "sqlite"
        url = request.getfixturevalue("pg_database_url") if backend == "postgresql" else None
        if url is not None and opened and any(s.store.is_postgres for s in opened):
            url = _another_database(request)
        site_paths = AppPaths(tmp_path / "sites" / site_code).ensure()
        svc, _recovery = create_center(
            site_paths, center_name=name or f"Site {site_code}", site_code=site_code, admin_username="admin",
            admin_display_name=f"Admin {site_code}", password=ADMIN_PASSWORD, database_url=url,
        )
        opened.append(svc)
        if is_hub:
            from rosc_desktop.sync import hub as hub_mode

            hub_mode.set_hub_mode(svc, True)  # as an admin does it, so the audit trail shows it too
        return svc

    yield make
    for svc in opened:
        svc.close()


def _another_database(request) -> str:  # type: ignore[no-untyped-def]
    """A second PostgreSQL site in one test: pg_database_url gives one database per test, so make another."""
    import psycopg

    server: PostgresServer = request.getfixturevalue("postgres")
    name = f"rosc_{secrets.token_hex(6)}"
    admin = {"host": server.socket_dir, "port": server.port, "user": server.superuser, "dbname": "postgres",
             "autocommit": True}
    with psycopg.connect(**admin) as conn:
        conn.execute(f"CREATE DATABASE {name}")

    def drop() -> None:
        with psycopg.connect(**admin) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    request.addfinalizer(drop)
    return server.url(name)


def register_long_ago(services, name: str = "Dee Walker", days: int = 100):  # type: ignore[no-untyped-def]
    """A participant registered `days` ago, so a history (a network over time) has room before today."""
    from datetime import datetime, timedelta, timezone

    from rosc_desktop.model import Participant
    from rosc_desktop.services.participants import ParticipantInput

    view = services.participants.register(ParticipantInput(name))
    with services.store.write() as session:
        row = session.get(Participant, view.id)
        row.created_at = datetime.now(timezone.utc) - timedelta(days=days)
        session.add(row)
    return view


# POSIX zone strings need no zoneinfo files: Hawaii (UTC-10), UTC, Guam (UTC+10) and Kiribati's Line Islands
# (UTC+14), where the local date runs a whole day ahead of UTC's for ten hours of every day.
ZONES = {"UTC-10": "HST10", "UTC": "UTC0", "UTC+10": "ChST-10", "UTC+14": "LINT-14"}


class ZoneSetter:
    """Sets the process's local time zone; `restore` puts back the one it had."""

    def __init__(self) -> None:
        self._before = os.environ.get("TZ")

    def __call__(self, zone: str) -> None:
        import time

        os.environ["TZ"] = ZONES[zone]
        time.tzset()

    def restore(self) -> None:
        import time

        if self._before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = self._before
        time.tzset()


@pytest.fixture
def set_zone():  # type: ignore[no-untyped-def]
    """`set_zone("UTC+14")` puts the process in that zone until the test ends."""
    setter = ZoneSetter()
    yield setter
    setter.restore()


@pytest.fixture(params=sorted(ZONES))
def local_zone(request, set_zone) -> str:  # type: ignore[no-untyped-def]
    """Runs the test once in each of ZONES, with the process's local time zone set to it."""
    set_zone(request.param)
    return request.param


# -- A suite that cannot pass by skipping ---------------------------------------------------------------------
# A skipped test tested nothing, so a green run with skips would claim more than it checked. Every skip (a
# pytest.skip in a test or fixture, a skip mark, an importorskip, an xfail) is reported as a failure with its
# reason, unless the test is marked `platform_exception("why this platform cannot run it")`. There are none:
# `./rosc test` installs every tool the tests need (age, pdftotext, PostgreSQL, appstream, desktop-file-utils).

PLATFORM_EXCEPTION = "platform_exception"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{PLATFORM_EXCEPTION}(reason): a documented platform where this test may skip (there are none)")


def _skip_reason(longrepr: object) -> str:
    if isinstance(longrepr, tuple) and len(longrepr) == 3:  # (path, line, "Skipped: reason")
        return str(longrepr[2])
    return str(longrepr)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if not report.skipped or item.get_closest_marker(PLATFORM_EXCEPTION) is not None:
        return
    what = f"expected to fail ({report.wasxfail})" if hasattr(report, "wasxfail") else \
        f"skipped: {_skip_reason(report.longrepr)}"
    if hasattr(report, "wasxfail"):
        del report.wasxfail
    report.outcome = "failed"
    report.longrepr = f"{item.nodeid} was {what}. Tests must not skip: install what it needs (./rosc test does)."


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if report.skipped:  # a module-level skip or importorskip: the whole file would have tested nothing
        report.outcome = "failed"
        report.longrepr = f"{collector.nodeid} was skipped: {_skip_reason(report.longrepr)}. " \
                          "Tests must not skip: install what it needs (./rosc test does)."


@pytest.fixture
def held_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The disk check behind the app's sign-in (store/disk_check.py) opens its connection only once the test sets
    the event, so the check is still under way for as long as the test needs; other connections open as usual."""
    from rosc_desktop.store import database

    release = threading.Event()
    real = database.connect_raw

    def connect(path: Path, key: bytes, **options: int):  # type: ignore[no-untyped-def]
        thread = threading.current_thread()
        if thread.name == "rosc-disk-check":
            check = thread._target.__self__  # type: ignore[attr-defined]  # the DiskCheck this thread runs
            deadline = time.monotonic() + 30
            while not release.wait(0.01) and not check.stopping:  # a sign-out stops a held check too
                assert time.monotonic() < deadline, "the test never let the disk check go on"
        return real(path, key, **options)

    monkeypatch.setattr(database, "connect_raw", connect)
    yield release
    release.set()
