"""Writing one parsed file into the archive, all of it or nothing, each document under its
series key (`series.py`).

Several writers may store at once (processes, machines): the insert is keyed on the content
hash and does nothing when another writer stored the same file first, so a file is stored once.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jihua.pipeline.archive.db import Archive
from jihua.pipeline.archive.schema import bucket_term, passage_tags
from jihua.pipeline.archive.series import series_key as series_of
from jihua.pipeline.archive.tables import TARGET_COLUMNS, flatten
from jihua.pipeline.archive.years import archive_year, redate
from jihua.schemas import plan

_NOT_WORD = re.compile(r"\W+")
_MAX_POSITION = 16383  # PostgreSQL's largest tsvector position

Segmenter = Callable[[str], list[str]]


def series_key(doc: plan.Document) -> str:
    """The series a parsed document is stored under (see `series.series_key`)."""
    return series_of(doc.title, doc.org)


@lru_cache(maxsize=65536)
def _lexeme(word: str) -> str | None:
    """One jieba word as a quoted tsvector lexeme (lower-cased), None for punctuation/space."""
    word = word.strip().lower()
    if not word or _NOT_WORD.fullmatch(word) or len(word.encode()) >= 2000:
        return None
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_text(words: list[str]) -> str:
    """jieba words as a PostgreSQL tsvector literal, each word one lexeme with its positions —
    the words are taken as they are (lower-cased), never re-split by the server's parser."""
    positions: dict[str, list[int]] = {}
    for k, word in enumerate(words, start=1):
        lexeme = _lexeme(word)
        if lexeme is not None:
            positions.setdefault(lexeme, []).append(min(k, _MAX_POSITION))
    return " ".join(w + ":" + ",".join(map(str, p[:256])) for w, p in positions.items())


def _new_ids(conn: Archive, table: str, n: int) -> list[int]:
    """Ids for n new rows of a table, taken inside the writer's transaction."""
    if conn.postgres:
        return [r[0] for r in conn.execute(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                                           "FROM generate_series(1, ?)", (n,))]
    first = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]  # under BEGIN IMMEDIATE
    return list(range(first, first + n))


def _documents(conn: Archive, file_id: int, path: str, docs: list[plan.Document], segment: Segmenter) -> list[str]:
    """All rows of a file's documents, each table written in one go (one COPY on PostgreSQL):
    a file costs a handful of round trips whatever its size. A document whose text names no year
    is stored under the year its path names (years.archive_year, source recorded). Returns the
    orgs it added to the orgs table (this connection skips them from then on)."""
    doc_ids = _new_ids(conn, "documents", len(docs))
    flats = [flatten(doc) for doc in docs]
    item_ids = iter(_new_ids(conn, "items", sum(len(f.items) for f in flats)))
    documents, sections, items, targets = [], [], [], []
    # item id first, then the backend's own column order (see the insert below): PostgreSQL's search table
    # (document, words, tags), SQLite's full-text table (words, tags, document)
    search: list[tuple[int, int | str, str, int | str]] = []
    for index, (doc, doc_id, flat) in enumerate(zip(docs, doc_ids, flats, strict=True)):
        year, year_source = archive_year(doc.year, path)
        documents.append((doc_id, file_id, index, doc.id, doc.title, doc.org, year, year_source, doc.doc_type,
                          series_key(doc)))
        sections += [(doc_id, *row) for row in flat.sections]
        targets += [(doc_id, *row) for row in flat.targets]
        for position, (sid, bid, kind, text, stype) in enumerate(flat.items):
            item_id = next(item_ids)
            items.append((item_id, doc_id, sid, bid, position, kind, text))
            tags = " ".join(passage_tags(year, doc.doc_type, stype, doc.org))
            if conn.postgres:
                search.append((item_id, doc_id, tsvector_text(segment(text)), f"{tags} {bucket_term(item_id)}"))
            else:
                search.append((item_id, " ".join(segment(text)), tags, doc_id))
    orgs = sorted({doc.org for doc in docs if doc.org is not None} - conn.orgs)  # sorted: writers lock in one order
    conn.executemany("INSERT INTO orgs(org) VALUES (?) ON CONFLICT DO NOTHING", [(org,) for org in orgs])
    conn.insert("documents", ("id", "file_id", "doc_index", "doc_id", "title", "org", "year", "year_source",
                              "doc_type", "series_key"), documents)
    conn.insert("sections", ("document_id", "section_id", "parent_section_id", "position", "number", "heading",
                             "level", "type"), sections)
    conn.insert("items", ("id", "document_id", "section_id", "block_id", "position", "kind", "text"), items)
    conn.insert("search", ("item_id", "document_id", "words", "tags") if conn.postgres
                else ("rowid", "words", "tags", "document_id"), search)
    conn.insert("targets", ("document_id", *TARGET_COLUMNS), targets)
    return orgs


def _retire(conn: Archive, path: str, file_id: int) -> None:
    """An older version of this path stops being current and leaves the search index (its rows
    stay for history). Looked up through the path index first: most files have no older version,
    and the SQLite index is reached by rowid, which is the item id (migration 3 re-keyed the
    index of older archives so), never scanned."""
    files = [r[0] for r in conn.execute("SELECT id FROM files WHERE path = ? AND current = 1 AND id <> ?",
                                        (path, file_id))]
    if not files:
        return
    marks = ",".join("?" * len(files))
    older = [r[0] for r in conn.execute(f"SELECT id FROM documents WHERE file_id IN ({marks})", files)]
    if older:
        _unindex(conn, older)
    conn.execute("UPDATE files SET current = 0 WHERE path = ? AND id <> ? AND current = 1", (path, file_id))


def store(conn: Archive, result: plan.ParseResult, size: int, segment: Segmenter) -> int | None:
    """Insert one file and its documents in a single transaction; older versions of the path
    stop being current. Returns the file row id, or None when that content was already stored
    (by this run or by another writer)."""
    with conn.transaction():
        row = conn.execute(
            "INSERT INTO files(path, sha256, format, size, parse_json) VALUES (?,?,?,?,?) "
            "ON CONFLICT (sha256) DO NOTHING RETURNING id",
            (result.source.path, result.source.sha256, result.source.format, size, result.model_dump_json()),
        ).fetchone()
        if row is None:
            return None
        file_id = int(row[0])
        _retire(conn, result.source.path, file_id)
        conn.execute("DELETE FROM copies WHERE path = ?", (result.source.path,))  # the path holds other content now
        orgs = _documents(conn, file_id, result.source.path, result.documents, segment) if result.documents else []
        conn.execute("DELETE FROM errors WHERE sha256 = ? OR path = ?", (result.source.sha256, result.source.path))
    conn.orgs.update(orgs)
    return file_id


def record_error(conn: Archive, path: str, sha256: str | None, reason: str) -> None:
    """One row per path and reason, however often the same failure comes back: the errors list
    holds each path's current state, so a failure of an older version of the path goes (as does
    every failure of a path once it is stored, see `store` and `record_place`)."""
    if conn.read_only:
        return
    with conn.transaction():
        conn.execute("DELETE FROM errors WHERE path = ? AND coalesce(sha256, '') <> coalesce(?, '')", (path, sha256))
        conn.execute("INSERT INTO errors(path, sha256, reason) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                     (path, sha256, reason))


def known(conn: Archive, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM files WHERE sha256 = ?", (sha256,)).fetchone() is not None


def record_place(conn: Archive, sha256: str, path: str) -> str | None:
    """Note another place a stored file's exact bytes were found: "moved" when the stored file's
    own path no longer exists (the same document was moved: its path becomes this one, and
    search, export and download follow it), "copy" when the stored file is still where it was
    (a copy, noted once), None for its own path or a copy noted before."""
    row = conn.execute("SELECT id, path, current FROM files WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        return None
    if conn.execute("SELECT 1 FROM errors WHERE path = ? LIMIT 1", (path,)).fetchone() is not None:
        with conn.transaction():  # the path holds stored content now: an older failure there is resolved
            conn.execute("DELETE FROM errors WHERE path = ?", (path,))
    file_id, stored, current = int(row[0]), str(row[1]), row[2]
    if stored == path:
        return None
    if current and _gone(stored) and os.path.isabs(path):
        with conn.transaction():
            _move(conn, file_id, path)
        return "moved"
    with conn.transaction():
        conn.execute("DELETE FROM copies WHERE path = ? AND sha256 <> ?", (path, sha256))  # it held other content
        added = conn.execute("INSERT INTO copies(sha256, path) VALUES (?,?) ON CONFLICT DO NOTHING RETURNING path",
                             (sha256, path)).fetchone()
    return "copy" if added is not None else None


def _move(conn: Archive, file_id: int, path: str) -> None:
    """A stored file's path becomes `path` (the file moved, or its copy stands in for it now):
    search, export and download follow it; a year its old path gave goes with the path; another
    version stored under the new path is older than this one; `path` is no copy any more."""
    parse = conn.execute("SELECT parse_json FROM files WHERE id = ?", (file_id,)).fetchone()[0]
    conn.execute("UPDATE files SET path = ?, parse_json = ? WHERE id = ?", (path, _moved_parse(parse, path), file_id))
    redate(conn, file_id, path)
    _retire(conn, path, file_id)
    conn.execute("DELETE FROM copies WHERE path = ?", (path,))


def _moved_parse(parse_json: str, path: str) -> str:
    """The stored parse with its source path set to where the file is now (the jsonl export and
    every view read the path from it)."""
    data = json.loads(parse_json)
    data["source"]["path"] = path
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _gone(path: str) -> bool:
    """A stored absolute path that names nothing now, in a tree this machine sees: its folder or the
    one above still exists (a relative path, from a parse run, is not checked: it depends on where
    that run was made; nor is a path another machine stored in a shared archive, whose folders are
    not here — else each machine would move every file back to its own mount)."""
    if not os.path.isabs(path) or os.path.lexists(path):
        return False
    folder = os.path.dirname(path)
    return os.path.isdir(folder) or os.path.isdir(os.path.dirname(folder))


def copies_of(conn: Archive, sha256: str) -> list[str]:
    """The other places a stored file's content was found, in the order they were seen."""
    return [r[0] for r in conn.execute("SELECT path FROM copies WHERE sha256 = ? ORDER BY added_at, path", (sha256,))]


def _unindex(conn: Archive, doc_ids: list[int]) -> None:
    """Documents' passages out of the search index (SQLite's full-text table has no foreign key:
    its rows are reached by rowid, the item id; PostgreSQL's by document)."""
    marks = ",".join("?" * len(doc_ids))
    if conn.postgres:
        conn.execute(f"DELETE FROM search WHERE document_id IN ({marks})", doc_ids)
    else:
        conn.execute(f"DELETE FROM search WHERE rowid IN (SELECT id FROM items WHERE document_id IN ({marks}))",
                     doc_ids)


def _drop_from_parse(conn: Archive, file_id: int, doc_index: int) -> None:
    """One document out of its file's stored parse (a compilation keeps its other documents):
    the jsonl export no longer carries it, and the documents after it move up one place."""
    data = json.loads(conn.execute("SELECT parse_json FROM files WHERE id = ?", (file_id,)).fetchone()[0])
    del data["documents"][doc_index]
    conn.execute("UPDATE files SET parse_json = ? WHERE id = ?",
                 (json.dumps(data, ensure_ascii=False, separators=(",", ":")), file_id))
    conn.execute("UPDATE documents SET doc_index = doc_index - 1 WHERE file_id = ? AND doc_index > ?",
                 (file_id, doc_index))


@dataclass
class Removal:
    """What `remove` did: documents removed (id, title, path); documents kept because their file's
    path was removed while a copy of it was noted — the copy is the stored file now (id, title,
    path, now); copy records removed (path, stored_as: the stored file's path, or None when it went too)."""
    documents: list[dict[str, Any]] = field(default_factory=list)
    kept: list[dict[str, Any]] = field(default_factory=list)
    copies: list[dict[str, Any]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.documents or self.kept or self.copies)


def remove(conn: Archive, what: str) -> Removal:
    """Remove a stored document (by its id, as `archive list` shows it), a stored file (by its
    path: every version of it, with all its documents) or a noted copy (by its path), and all that
    derives from them — passages in the search index, sections, targets, and so the series they
    stood in — in one transaction. A stored path removed while a copy of the file is noted
    (the same bytes under another name) promotes the copy: the documents stay, under the copy's
    path (removing "科室/计划.docx" while "备份/计划副本.docx" holds the same bytes keeps the plan, now
    at 备份/计划副本.docx). Nothing when `what` names nothing stored.
    A file removed whole may be added again (its content is no longer known)."""
    done = Removal()
    with conn.transaction():
        rows, paths = _to_remove(conn, what)
        if paths:  # a copy's path: its record goes (the stored file stays)
            done.copies += _drop_copies(conn, "c.path", paths)
            rows = _promote(conn, rows, done)
        if not rows:
            return done
        doc_ids = [int(r["id"]) for r in rows]
        _unindex(conn, doc_ids)
        files = {int(r["file_id"]) for r in rows}
        whole = {f for f in files if conn.execute("SELECT count(*) FROM documents WHERE file_id = ?",
                                                  (f,)).fetchone()[0] <= sum(r["file_id"] == f for r in rows)}
        for row in rows:  # a document leaving a file that keeps others: out of its parse, rows cascade
            if row["file_id"] not in whole:
                conn.execute("DELETE FROM documents WHERE id = ?", (row["id"],))
                _drop_from_parse(conn, int(row["file_id"]), int(row["doc_index"]))
        for file_id in whole:  # documents, sections, items and targets cascade with the file
            done.copies += [c | {"stored_as": None} for c in _drop_copies(conn, "f.id", [file_id])]
            conn.execute("DELETE FROM files WHERE id = ?", (file_id,))
    done.documents = [{"id": r["id"], "title": r["title"], "path": r["path"]} for r in rows]
    return done


def _drop_copies(conn: Archive, column: str, values: list[Any]) -> list[dict[str, Any]]:
    """The copy records whose `column` (c.path, or f.id: the stored file's) is one of `values`,
    deleted; each returned with the stored file's path."""
    marks = ",".join("?" * len(values))
    found = [{"path": r[0], "stored_as": r[1], "sha256": r[2]} for r in conn.execute(
        f"SELECT c.path, f.path, c.sha256 FROM copies c JOIN files f ON f.sha256 = c.sha256 WHERE {column} IN ({marks})"
        " ORDER BY c.added_at, c.path", values)]
    for copy in found:
        conn.execute("DELETE FROM copies WHERE sha256 = ? AND path = ?", (copy["sha256"], copy["path"]))
    return [{"path": c["path"], "stored_as": c["stored_as"]} for c in found]


def _promote(conn: Archive, rows: list[Any], done: Removal) -> list[Any]:
    """A stored path removed while the current file under it has a noted copy: the copy becomes the
    stored file (the first one still on disk, else the first noted) and its documents stay; the
    rows left to remove are returned."""
    kept: set[int] = set()
    for file_id in dict.fromkeys(int(r["file_id"]) for r in rows):
        sha, current = conn.execute("SELECT sha256, current FROM files WHERE id = ?", (file_id,)).fetchone()
        places = copies_of(conn, sha) if current else []
        if not places:
            continue
        now = next((p for p in places if os.path.exists(p)), places[0])
        _move(conn, file_id, now)
        kept.add(file_id)
        done.kept += [{"id": r["id"], "title": r["title"], "path": r["path"], "now": now}
                      for r in rows if r["file_id"] == file_id]
    return [r for r in rows if int(r["file_id"]) not in kept]


def _to_remove(conn: Archive, what: str) -> tuple[list[Any], list[str]]:
    """The documents `what` names: a document id, else every document of the files stored under
    that path (as given, or made absolute as `archive add` stores it), older versions too; and
    the paths `what` may name (none for a document id)."""
    columns = "SELECT d.id, d.file_id, d.doc_index, d.title, f.path FROM documents d JOIN files f ON f.id = d.file_id"
    if what.strip().isdigit():
        rows = conn.execute(f"{columns} WHERE d.id = ?", (int(what),)).fetchall()
        if rows:
            return list(rows), []
    paths = list(dict.fromkeys([what, os.path.abspath(what)]))
    marks = ",".join("?" * len(paths))
    return list(conn.execute(f"{columns} WHERE f.path IN ({marks}) ORDER BY d.id", paths)), paths
