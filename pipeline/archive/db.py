"""Opening the archive — an embedded SQLite file or a PostgreSQL server — and migrating its schema.

SQLite is the default (no server to run on an intranet PC); `--db postgresql://…` (or $JIHUA_DB)
puts the same tables in PostgreSQL for a shared archive with many writers. Both are reached
through `Archive`, which speaks `?` placeholders, hands out rows readable by index and by name,
and turns every driver error into one clear `ArchiveError` line (disk full, read-only, not a
database, a schema from a newer jihua) instead of a traceback. Every file goes in inside its own
transaction, so an interrupted ingest leaves whole documents or nothing.
"""

from __future__ import annotations

import itertools
import os
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from jihua.pipeline.archive.schema import PG_MIGRATIONS, SQLITE_MIGRATIONS, org_term
from jihua.schemas.errors import JihuaError

LATEST = len(SQLITE_MIGRATIONS)
assert len(PG_MIGRATIONS) == LATEST
BUSY_TIMEOUT_S = 60
_STREAMS = itertools.count()
_PG_LOCK = 0x6A696875  # advisory lock id ("jihu") held while migrating a PostgreSQL archive


class ArchiveError(JihuaError):
    """The archive cannot be opened or written; the message is the one line the user reads."""


def is_url(target: str | Path) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def default_path() -> str | Path:
    """`--db`, else $JIHUA_DB (a file or a postgresql:// URL), else the user's data folder."""
    if os.environ.get("JIHUA_DB"):
        value = os.environ["JIHUA_DB"]
        return value if is_url(value) else Path(value)
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "jihua" / "archive.sqlite"


class Row(tuple):
    """A PostgreSQL row readable like sqlite3.Row: by position and by column name."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        return super().__getitem__(self._names[key] if isinstance(key, str) else key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Any:
    names = {c.name: k for k, c in enumerate(cursor.description or [])}
    return lambda values: Row(values, names)


@lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class Archive:
    """One connection to the archive, whichever backend; the API the archive modules use."""

    def __init__(self, raw: Any, kind: str, where: str, read_only: bool = False) -> None:
        self.raw, self.kind, self.where, self.read_only = raw, kind, where, read_only
        self.orgs: set[str] = set()  # orgs this connection stored in the orgs table (committed)

    @property
    def postgres(self) -> bool:
        return self.kind == "postgres"

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            if self.postgres:
                return self.raw.execute(_pg_sql(sql), params)
            return self.raw.execute(sql, params)
        except Exception as exc:
            raise self.error(exc) from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            if self.postgres:
                with self.raw.cursor() as cur:
                    cur.executemany(_pg_sql(sql), rows)
            else:
                self.raw.executemany(sql, rows)
        except Exception as exc:
            raise self.error(exc) from exc

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Many rows into one table: one COPY on PostgreSQL (a single round trip, no statement per
        row), a prepared statement run for every row on SQLite."""
        if not rows:
            return
        names = ", ".join(columns)
        try:
            if self.postgres:
                with self.raw.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                self.raw.executemany(f"INSERT INTO {table}({names}) VALUES ({','.join('?' * len(columns))})", rows)
        except Exception as exc:
            raise self.error(exc) from exc

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """A cursor whose rows are fetched as read (fetchmany), not all at once: a server-side
        cursor on PostgreSQL; SQLite cursors already step through the table."""
        if not self.postgres:
            return self.execute(sql, params)
        try:
            cur = self.raw.cursor(name=f"jihua_stream_{next(_STREAMS)}", withhold=True)
            cur.execute(_pg_sql(sql), params)
            return cur
        except Exception as exc:
            raise self.error(exc) from exc

    @contextmanager
    def transaction(self) -> Iterator[Archive]:
        """All or nothing; on SQLite the write lock is taken up front (BEGIN IMMEDIATE), so two
        writers queue instead of failing on a lock upgrade."""
        if self.read_only:
            raise ArchiveError(f"{self.where}: the archive is read-only (search, stats and export still work)")
        if self.postgres:
            try:
                with self.raw.transaction():
                    yield self
            except ArchiveError:
                raise
            except Exception as exc:
                raise self.error(exc) from exc
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.execute("COMMIT")
        except BaseException:
            if self.raw.in_transaction:  # SQLite may already have rolled back (disk full)
                try:
                    self.raw.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise

    def close(self) -> None:
        self.raw.close()

    def error(self, exc: BaseException) -> BaseException:
        """The driver's exception as one line the user can act on (others pass unchanged)."""
        if isinstance(exc, ArchiveError) or not _is_db_error(exc):
            return exc
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        name = type(exc).__name__
        low = text.lower()
        if "not a database" in low or "file is encrypted" in low:
            reason = "not a jihua archive (the file is not an SQLite database)"
        elif "disk is full" in low or name == "DiskFull" or "no space left" in low:
            reason = "disk full: the file being stored was not written (free space, then run again)"
        elif "readonly" in low or "read-only" in low or name in ("ReadOnlySqlTransaction", "InsufficientPrivilege"):
            reason = "the archive is read-only (search, stats and export still work)"
        elif "database is locked" in low:
            reason = f"the archive stayed locked by another writer for {BUSY_TIMEOUT_S} s"
        elif "malformed" in low:
            reason = "the archive file is damaged (database disk image is malformed)"
        else:
            reason = f"database error: {text}"
        return ArchiveError(f"{self.where}: {reason}")


def _is_db_error(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return True
    return type(exc).__module__.startswith("psycopg")


def _mask(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def connect(target: str | Path, read_only: bool = False) -> Archive:
    """Open (creating and migrating as needed) the archive at a path or a postgresql:// URL."""
    if is_url(target):
        return _connect_pg(str(target), read_only)
    return _connect_sqlite(Path(target), read_only)


def _connect_sqlite(path: Path, read_only: bool) -> Archive:
    where = str(path)
    existed = path.exists()
    if read_only or (existed and not _writable(path)):
        return _open_sqlite_read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiveError(f"{where}: cannot create the archive folder ({exc.strerror or exc})") from exc
    if not existed and not os.access(path.parent, os.W_OK):
        raise _cannot_create(where)
    try:
        raw = sqlite3.connect(where, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise (_cannot_create(where) if "unable to open" in str(exc) and not existed
               else Archive(None, "sqlite", where).error(exc)) from exc
    conn = Archive(raw, "sqlite", where)
    raw.row_factory = sqlite3.Row
    raw.create_function("jihua_org_term", 1, org_term, deterministic=True)  # migration 3 fills the index with it
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except ArchiveError as exc:
        raw.close()
        if not existed and "unable to open" in str(exc):  # SQLite opens a new file lazily: the folder refused it
            raise _cannot_create(where) from None
        if existed and ("read-only" in str(exc) or "unable to open" in str(exc)):
            # a file we may read but not write (a read-only mount, a write-protected copy)
            try:
                return _open_sqlite_read_only(path)
            except ArchiveError:
                raise exc from None
        raise
    return conn


def _cannot_create(where: str) -> ArchiveError:
    """A new archive in a folder that cannot be written (its permissions, a read-only share): said
    so, rather than SQLite's "unable to open database file"."""
    return ArchiveError(f"cannot create the archive at {where}: the folder is not writable")


def _use_wal(conn: Archive) -> None:
    """Write-ahead logging, so readers never block the writer. Switching a new file to it needs
    the file alone, and SQLite answers "locked" at once — without waiting — while a second
    process is opening the same new archive: retry for as long as any other lock is waited for."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.raw.execute("PRAGMA journal_mode = WAL").fetchall()
            return
        except sqlite3.Error as exc:
            if not isinstance(exc, sqlite3.OperationalError) or "locked" not in str(exc) \
                    or time.monotonic() > deadline:
                raise conn.error(exc) from exc
            time.sleep(0.05)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open_sqlite_read_only(path: Path) -> Archive:
    """Read-only: mode=ro, or immutable=1 where SQLite cannot even create its lock files."""
    where = str(path)
    if not path.exists():
        raise ArchiveError(f"{where}: no archive at this path")
    last: Exception | None = None
    for flags in ("mode=ro", "immutable=1"):
        try:
            raw = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, timeout=BUSY_TIMEOUT_S,
                                  isolation_level=None)
            raw.row_factory = sqlite3.Row
            conn = Archive(raw, "sqlite", where, read_only=True)
            version = schema_version(conn)
        except (sqlite3.Error, ArchiveError) as exc:
            last = exc
            continue
        _check_version(conn, version)
        return conn
    raise Archive(None, "sqlite", where).error(last) from last  # type: ignore[arg-type]


def _connect_pg(url: str, read_only: bool) -> Archive:
    where = _mask(url)
    try:
        import psycopg
    except ImportError as exc:
        raise ArchiveError(f"{where}: PostgreSQL needs psycopg: pip install 'jihua[postgres]'") from exc
    try:
        # no server-side prepared statements: a generic plan cannot tell a rare search word from a
        # common one, and the two need opposite plans (the GIN index, or the newest rows first)
        raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=10,
                              prepare_threshold=None)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ArchiveError(f"{where}: cannot connect to PostgreSQL ({first})") from exc
    conn = Archive(raw, "postgres", where, read_only=read_only)
    try:
        if read_only:
            _check_version(conn, schema_version(conn))
        else:
            migrate(conn)
    except BaseException:
        raw.close()
        raise
    return conn


def is_empty(conn: Archive) -> bool:
    """No current file stored (a reading command says so instead of answering nothing)."""
    return conn.execute("SELECT 1 FROM files WHERE current = 1 LIMIT 1").fetchone() is None


def schema_version(conn: Archive) -> int:
    if not conn.postgres:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    exists = conn.execute("SELECT to_regclass('jihua_schema') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM jihua_schema").fetchone()
    return int(row[0] or 0)


def _check_version(conn: Archive, version: int) -> None:
    if version > LATEST:
        raise ArchiveError(f"{conn.where}: the archive has schema version {version}, newer than this jihua "
                           f"understands ({LATEST}); upgrade jihua to use it")
    if conn.read_only and version < LATEST:
        raise ArchiveError(f"{conn.where}: the archive is read-only and needs upgrading to schema {LATEST}; "
                           "open it once where it can be written")


def migrate(conn: Archive, upto: int = LATEST) -> None:
    """Apply the migrations this database has not seen yet (up to `upto`: tests build older
    archives), all in one transaction that holds the write lock, so two processes opening a new
    archive at once do not both create it."""
    _check_version(conn, schema_version(conn))
    if schema_version(conn) >= upto:
        return
    with conn.transaction():
        if conn.postgres:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (_PG_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS jihua_schema (version INTEGER NOT NULL)")
        version = schema_version(conn)  # again, under the lock: another writer may have migrated
        _check_version(conn, version)
        scripts = PG_MIGRATIONS if conn.postgres else SQLITE_MIGRATIONS
        for number, script in enumerate(scripts[version:upto], start=version + 1):
            if callable(script):
                script(conn)
            else:
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
            if conn.postgres:
                conn.execute("INSERT INTO jihua_schema(version) VALUES (?)", (number,))
            else:
                conn.execute(f"PRAGMA user_version = {number}")
