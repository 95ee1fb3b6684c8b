"""PostgreSQL for a large hub: connecting from a database URL, saying plainly why a connection failed, and
serialising writers the way SQLite's `BEGIN IMMEDIATE` does.

The URL carries a password; it is only ever handed to psycopg. Anything shown or logged uses `redact()`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import URL, make_url

from rosc_desktop.errors import RoscError

# One constant key for the whole database: change capture numbers the outbox max+1, so at most one writer at
# a time may be between reading that maximum and committing. Readers never take it.
WRITER_LOCK_KEY = 0x524F5343  # "ROSC"
WRITER_LOCK_SQL = f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})"
CONNECT_TIMEOUT_SECONDS = 10

_LOGIN_STATES = {"28P01", "28000"}  # invalid_password, invalid_authorization_specification
_MISSING_DATABASE_STATES = {"3D000"}  # invalid_catalog_name


def is_postgres_url(url: str) -> bool:
    return url.strip().lower().startswith(("postgresql:", "postgresql+", "postgres:"))


def parse(url: str) -> URL:
    """The URL with psycopg 3 as its driver. Raises RoscError('database_url_invalid') for anything else."""
    try:
        parsed = make_url(url.strip())
    except Exception:
        raise RoscError("database_url_invalid") from None  # the message could echo the password
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise RoscError("database_url_invalid")
    return parsed.set(drivername="postgresql+psycopg")


def redact(url: str) -> str:
    """The URL as it may be shown or logged: never the password."""
    try:
        return parse(url).render_as_string(hide_password=True)
    except RoscError:
        return "(invalid database URL)"


def server_label(url: URL) -> str:
    """Where the server is, for error messages: host (or socket folder) and port, nothing else."""
    host = url.host or str(url.query.get("host", "")) or "localhost"
    port = url.port or url.query.get("port") or 5432
    return f"{host}:{port}"


def connect_kwargs(url: URL) -> dict[str, Any]:
    kwargs: dict[str, Any] = dict(url.translate_connect_args(username="user", database="dbname"))
    kwargs.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
    kwargs.setdefault("application_name", "rosc-desktop")
    return kwargs


_LIBPQ_ENV = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD",
              "dbname": "PGDATABASE", "sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT",
              "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY", "passfile": "PGPASSFILE"}


def libpq_environment(url: URL) -> dict[str, str]:
    """The URL as libpq environment variables, for tools like pg_dump (a password on a command line shows
    in the process list; in the child's environment it does not)."""
    kwargs = connect_kwargs(url)
    return {env: str(kwargs[key]) for key, env in _LIBPQ_ENV.items() if key in kwargs}


def connect(url: URL) -> Any:
    """One psycopg connection. Raises RoscError naming what went wrong, never carrying the URL's password."""
    import psycopg

    try:
        return psycopg.connect(**connect_kwargs(url))
    except psycopg.OperationalError as exc:
        raise connection_error(exc, url) from None  # libpq's text names users and hosts: keep it out of logs


def connection_error(exc: BaseException, url: URL) -> RoscError:
    state = getattr(exc, "sqlstate", None)
    text = str(exc).lower()
    server = server_label(url)
    if state in _MISSING_DATABASE_STATES or ("database" in text and "does not exist" in text):
        return RoscError("database_not_found", server=server)
    if state in _LOGIN_STATES or "authentication failed" in text or "password" in text \
            or ("role" in text and "does not exist" in text) or "no pg_hba.conf entry" in text:
        return RoscError("database_login_failed", server=server)
    return RoscError("database_server_unreachable", server=server)
