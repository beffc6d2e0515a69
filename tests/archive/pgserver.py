"""A throw-away PostgreSQL server for tests and benchmarks: initdb into a temporary folder, start
it on a Unix socket there (no TCP port), hand out fresh databases, stop and delete it afterwards.

Uses Debian's `postgresql` package (/usr/lib/postgresql/*/bin). PostgreSQL refuses to run as
root, so as root the server runs as the `postgres` system user the package creates.
$JIHUA_TEST_PG (a postgresql:// URL) points the tests at an existing server instead.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


class Unavailable(Exception):
    """No server can be started here; the message says why."""


def _bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    if which:
        return Path(which).parent
    raise Unavailable("PostgreSQL server binaries not installed (Debian package 'postgresql')")


class TempServer:
    def __init__(self) -> None:
        self.bindir = _bin()
        self.dir = Path(tempfile.mkdtemp(prefix="jihua-pg-"))
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        self.count = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=self.dir)  # readable by postgres

    def start(self) -> TempServer:
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise Unavailable("running as root and no 'postgres' user to run the server as") from exc
            shutil.chown(self.dir, "postgres")
        data = self.dir / "data"
        done = self._run(str(self.bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", self.user,
                         "-E", "UTF8", "--locale=C")
        if done.returncode:
            raise Unavailable(f"initdb failed: {done.stderr.strip()[-300:]}")
        opts = (f"-k {self.dir} -c listen_addresses='' -p 5432 -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off -c max_connections=50")
        done = self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(self.dir / "log"),
                         "-w", "start")
        if done.returncode:
            log = (self.dir / "log").read_text(errors="replace")[-300:] if (self.dir / "log").exists() else ""
            raise Unavailable(f"pg_ctl start failed: {done.stderr.strip()[-200:]} {log}")
        atexit.register(self.stop)  # also when the caller never reaches its own clean-up
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{database}?host={self.dir}&port=5432"

    def new_database(self) -> str:
        import psycopg

        self.count += 1
        name = f"jihua_test_{os.getpid()}_{self.count}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if not self.dir.exists():
            return
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


class ExistingServer:
    """$JIHUA_TEST_PG: fresh databases on a server someone else runs."""

    def __init__(self, url: str) -> None:
        self.base, self.count = url, 0

    def new_database(self) -> str:
        import psycopg

        self.count += 1
        name = f"jihua_test_{os.getpid()}_{self.count}"
        with psycopg.connect(self.base, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        head, _, tail = self.base.partition("?")
        return head.rsplit("/", 1)[0] + "/" + name + (("?" + tail) if tail else "")

    def stop(self) -> None:
        pass


def server() -> TempServer | ExistingServer:
    """A running server, or Unavailable with the reason."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise Unavailable("psycopg not installed (pip install 'jihua[postgres]')") from exc
    if os.environ.get("JIHUA_TEST_PG"):
        return ExistingServer(os.environ["JIHUA_TEST_PG"])
    return TempServer().start()
