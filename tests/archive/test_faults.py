"""The archive under concurrency and faults: two writers at once, disk full, read-only,
not-a-database, a newer schema, an archive from before migration 2 — each one clear line."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from jihua.pipeline.archive import db
from jihua.pipeline.archive.ingest import add
from jihua.pipeline.archive.schema import SQLITE_MIGRATIONS
from jihua.pipeline.config import Config

ROOT = Path(__file__).resolve().parents[2]
FILES = ("qinghe-2023-plan.md", "qinghe-2023-summary.gb18030.txt", "qinghe-compilation.html")
TABLES = ("files", "documents", "sections", "items", "targets", "search", "errors")


def jihua(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jihua", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def one_clean_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    """Non-zero exit, no traceback, and the one error line says what went wrong."""
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("jihua: error:")]
    assert len(errors) == 1 and all(w in errors[0] for w in words), done.stderr


@pytest.fixture
def plans(tmp_path: Path, corpus_files: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in FILES:
        shutil.copy(corpus_files / name, folder / name)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    return folder


def _counts(target: str) -> dict[str, int]:
    conn = db.connect(target)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


@pytest.mark.parametrize("existing", [False, True], ids=["new-db", "existing-db"])
def test_two_writers_at_once_store_what_one_stores(plans: Path, new_archive, existing: bool) -> None:
    reference = new_archive("reference")
    assert jihua("archive", "add", str(plans), "--db", reference, "-j", "1").returncode == 1  # the broken file fails, the rest is stored
    target = new_archive("shared")
    if existing:
        db.connect(target).close()
    cmd = [sys.executable, "-m", "jihua", "archive", "add", str(plans), "--db", target, "-j", "1"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    for proc, (_, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 1 and "Traceback" not in err, err  # 1: broken.docx, reported by each
        assert "failed 1" in err
    expected = _counts(reference)
    assert expected["files"] == len(FILES) and expected["errors"] == 1
    assert _counts(target) == expected


def test_errors_keep_one_row_per_file_version_and_reason(plans: Path, new_archive) -> None:
    conn = db.connect(new_archive("errors"))
    for _ in range(3):
        report = add(conn, [plans / "broken.docx"], Config(workers=1, nlp=False))
        assert len(report.failed) == 1
    rows = conn.execute("SELECT path, sha256, reason FROM errors").fetchall()
    assert len(rows) == 1 and rows[0][1] and "broken.docx" in rows[0][2]
    (plans / "broken.docx").write_bytes(b"PK\x03\x04 another broken version")
    add(conn, [plans / "broken.docx"], Config(workers=1, nlp=False))
    newer = conn.execute("SELECT sha256 FROM errors").fetchall()
    assert len(newer) == 1 and newer[0][0] != rows[0][1], "the path's current version's failure replaces the older"


def test_a_fixed_file_leaves_the_errors_list(plans: Path, corpus_files: Path, new_archive) -> None:
    """Errors and stats report each path's current state: a file replaced by a good version (or
    by the bytes of a file already stored) is no longer listed as failing."""
    from jihua.pipeline.archive.query import errors, stats

    conn = db.connect(new_archive("fixed"))
    empty, broken = plans / "工作要点.docx", plans / "broken.docx"
    empty.write_bytes(b"")
    assert len(add(conn, [empty, broken], Config(workers=1, nlp=False)).failed) == 2
    assert stats(conn)["errors"] == 2
    shutil.copy(corpus_files / "qinghe-2024-plan.styled.docx", empty)
    assert add(conn, [empty], Config(workers=1, nlp=False)).added
    shutil.copy(plans / FILES[0], broken)  # the same bytes as a file stored next
    add(conn, [plans / FILES[0]], Config(workers=1, nlp=False))
    add(conn, [broken], Config(workers=1, nlp=False))
    assert errors(conn) == [] and stats(conn)["errors"] == 0


def test_adding_a_folder_with_nothing_to_archive_says_so(tmp_path: Path) -> None:
    (tmp_path / "扫描件").mkdir()
    (tmp_path / "扫描件" / "封面.jpg").write_bytes(b"\xff\xd8\xff")
    done = jihua("archive", "add", str(tmp_path / "扫描件"), "--db", str(tmp_path / "a.sqlite"))
    one_clean_line(done, "no files to archive found in", "扫描件", "docx")


def test_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"these are my notes, not a database\n" * 200)
    for command in (["archive", "stats"], ["archive", "search", "联席会议"]):
        one_clean_line(jihua(*command, "--db", str(bogus)), str(bogus), "not a jihua archive")


def test_newer_schema_is_refused(new_archive) -> None:
    target = new_archive("newer")
    conn = db.connect(target)
    if conn.postgres:
        conn.execute("INSERT INTO jihua_schema(version) VALUES (99)")
    else:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    one_clean_line(jihua("archive", "stats", "--db", target), "schema version 99", "newer")


def test_disk_full_is_one_line_and_keeps_what_was_stored(plans: Path, tmp_path: Path, corpus_files: Path) -> None:
    conn = db.connect(tmp_path / "full.sqlite")
    add(conn, [plans / FILES[0]], Config(workers=1, nlp=False))
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills during the next file
    with pytest.raises(db.ArchiveError, match="disk full"):
        add(conn, [plans / FILES[1], plans / FILES[2]], Config(workers=1, nlp=False))
    assert not conn.raw.in_transaction
    assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 1


@pytest.fixture
def immutable(tmp_path: Path):
    """Make a file read-only even for root (chattr +i), undone afterwards."""
    done: list[Path] = []

    def make(path: Path) -> None:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode:
            pytest.skip("cannot make a file read-only here (chattr +i)")
        done.append(path)

    yield make
    for path in done:
        subprocess.run(["chattr", "-i", str(path)])


def test_read_only_archive_still_searches(plans: Path, tmp_path: Path, immutable) -> None:
    database = tmp_path / "ro" / "archive.sqlite"
    assert jihua("archive", "add", str(plans / FILES[0]), "--db", str(database)).returncode == 0
    immutable(database)
    immutable(database.parent)
    stats = jihua("archive", "stats", "--db", str(database))
    assert stats.returncode == 0 and "files 1" in stats.stdout, stats.stderr
    hits = jihua("archive", "search", "联席会议", "--db", str(database))
    assert hits.returncode == 0 and "【联席会议】" in hits.stdout, hits.stderr
    one_clean_line(jihua("archive", "add", str(plans / FILES[1]), "--db", str(database)), "read-only")


def test_read_only_role_on_postgres(plans: Path, pg) -> None:
    target = pg.new_database()
    conn = db.connect(target)
    add(conn, [plans / FILES[0]], Config(workers=1, nlp=False))
    conn.execute("DROP ROLE IF EXISTS jihua_reader")
    conn.execute("CREATE ROLE jihua_reader LOGIN")
    conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO jihua_reader")
    conn.close()
    reader = target.replace("postgresql://postgres@", "postgresql://jihua_reader@")
    assert "files 1" in jihua("archive", "stats", "--db", reader).stdout
    one_clean_line(jihua("archive", "add", str(plans / FILES[1]), "--db", reader), "read-only")


def test_archive_from_before_migration_2_is_upgraded(tmp_path: Path, plans: Path) -> None:
    path = tmp_path / "v1.sqlite"
    old = sqlite3.connect(path)
    old.executescript(SQLITE_MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    old.executemany("INSERT INTO errors(path, sha256, reason) VALUES (?,?,?)", [("a.docx", None, "corrupt")] * 3)
    old.commit()
    old.close()
    conn = db.connect(path)
    assert db.schema_version(conn) == db.LATEST
    columns = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    assert "json" not in columns and "series_key" in columns
    assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 1
    add(conn, [plans / FILES[0]], Config(workers=1, nlp=False))
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_jihua_db_selects_the_backend(new_archive, plans: Path) -> None:
    import json
    import os

    target = new_archive("env")
    env = {**os.environ, "JIHUA_DB": target}
    added = subprocess.run([sys.executable, "-m", "jihua", "archive", "add", str(plans / FILES[0])], cwd=ROOT,
                           capture_output=True, text=True, timeout=600, env=env)
    assert added.returncode == 0, added.stderr
    stats = subprocess.run([sys.executable, "-m", "jihua", "archive", "stats", "--json"], cwd=ROOT,
                           capture_output=True, text=True, timeout=600, env=env)
    assert json.loads(stats.stdout)["files"] == 1
    assert db.connect(target).kind == ("postgres" if target.startswith("postgresql://") else "sqlite")


def test_adding_only_missing_paths_creates_no_archive_and_an_empty_query_is_refused(tmp_path: Path, new_archive) -> None:
    target = tmp_path / "never.sqlite"
    one_clean_line(jihua("archive", "add", str(tmp_path / "不存在的文件夹"), "--db", str(target)), "不存在的文件夹",
                   "file not found")
    assert not target.exists()
    database = new_archive("empty-query")
    db.connect(database)
    done = jihua("archive", "search", "  ", "--db", database)
    assert done.returncode == 2 and "empty query" in done.stderr
