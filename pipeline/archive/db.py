"""Opening the archive database and migrating its schema (versioned with PRAGMA user_version).

SQLite is embedded (no server to run on an intranet PC), and every file goes in inside its
own transaction, so an interrupted ingest leaves whole documents or nothing.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

MIGRATIONS: tuple[str, ...] = (
    # 1: files, documents, sections, items, targets, errors, full-text index
    """
    CREATE TABLE files (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, format TEXT NOT NULL,
        size INTEGER NOT NULL, added_at TEXT NOT NULL DEFAULT (datetime('now')), current INTEGER NOT NULL DEFAULT 1,
        parse_json TEXT NOT NULL
    );
    CREATE INDEX files_path ON files(path);
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        doc_index INTEGER NOT NULL, doc_id TEXT NOT NULL, title TEXT NOT NULL, org TEXT, year INTEGER,
        doc_type TEXT NOT NULL, series_key TEXT NOT NULL, json TEXT NOT NULL
    );
    CREATE INDEX documents_series ON documents(series_key, year);
    CREATE TABLE sections (
        id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT NOT NULL, parent_section_id TEXT, position INTEGER NOT NULL, number TEXT, heading TEXT NOT NULL,
        level INTEGER NOT NULL, type TEXT NOT NULL
    );
    CREATE INDEX sections_document ON sections(document_id);
    CREATE TABLE items (
        id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT, block_id TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX items_document ON items(document_id);
    CREATE TABLE targets (
        id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id TEXT, target_id TEXT NOT NULL, text TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL,
        comparator TEXT NOT NULL, period TEXT
    );
    CREATE INDEX targets_document ON targets(document_id);
    CREATE TABLE errors (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT, reason TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE VIRTUAL TABLE search USING fts5(
        words, item_id UNINDEXED, document_id UNINDEXED, year UNINDEXED, doc_type UNINDEXED,
        section_type UNINDEXED, tokenize = 'unicode61'
    );
    """,
)


def default_path() -> Path:
    """`--db`, else $JIHUA_DB, else the user's data folder (XDG_DATA_HOME or ~/.local/share)."""
    if os.environ.get("JIHUA_DB"):
        return Path(os.environ["JIHUA_DB"])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "jihua" / "archive.sqlite"


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    migrate(conn)
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the migrations this database has not seen yet, each atomically."""
    version = schema_version(conn)
    if version > len(MIGRATIONS):
        raise RuntimeError(f"archive schema version {version} is newer than this jihua ({len(MIGRATIONS)})")
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN")
        try:
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
