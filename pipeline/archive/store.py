"""Writing one parsed file into the archive, all of it or nothing, and series keys.

A series is the same org's same kind of document across years: "2023年XX局双拥工作计划" and
"XX局2024年双拥工作计划" share the key "xx局|双拥工作计划" once years, 关于 and numbering are
taken out of the title.

Several writers may store at once (processes, machines): the insert is keyed on the content
hash and does nothing when another writer stored the same file first, so a file is stored once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jihua.pipeline.archive.db import Archive
from jihua.pipeline.archive.tables import flatten
from jihua.pipeline.rules.lexicon import YEAR
from jihua.pipeline.text.normalize import bare
from jihua.schemas import plan

_YEARISH = re.compile(YEAR.pattern + "|年度|上半年|下半年")
_NOISE = re.compile(r"^关于|^印发|[（(【][^）)】]{0,10}[）)】]$|篇[一二三四五六七八九十\d]+$|^篇[一二三四五六七八九十\d]+[:：]")
_NOT_WORD = re.compile(r"\W+")
_MAX_POSITION = 16383  # PostgreSQL's largest tsvector position

Segmenter = Callable[[str], list[str]]


def series_key(doc: plan.Document) -> str:
    org = doc.org or ""  # what parse said; the archive never re-derives it
    topic = _YEARISH.sub("", doc.title)
    if org:
        topic = topic.replace(org, "")
    topic = _NOISE.sub("", topic)
    return f"{bare(org).lower()}|{bare(topic)}"


def tsvector_text(words: list[str]) -> str:
    """jieba words as a PostgreSQL tsvector literal, each word one lexeme with its positions —
    the words are taken as they are (lower-cased), never re-split by the server's parser."""
    positions: dict[str, list[int]] = {}
    for k, word in enumerate(words, start=1):
        word = word.strip().lower()
        if word and not _NOT_WORD.fullmatch(word) and len(word.encode()) < 2000:
            positions.setdefault(word, []).append(min(k, _MAX_POSITION))
    return " ".join("'" + w.replace("\\", "\\\\").replace("'", "''") + "':" + ",".join(map(str, p[:256]))
                    for w, p in positions.items())


def _item_ids(conn: Archive, n: int) -> list[int]:
    """Ids for n new items, taken inside the writer's transaction."""
    if conn.postgres:
        return [r[0] for r in conn.execute("SELECT nextval(pg_get_serial_sequence('items', 'id')) "
                                           "FROM generate_series(1, ?)", (n,))]
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0]  # under BEGIN IMMEDIATE
    return list(range(first, first + n))


def _document(conn: Archive, file_id: int, index: int, doc: plan.Document, segment: Segmenter) -> None:
    doc_row = conn.execute(
        "INSERT INTO documents(file_id, doc_index, doc_id, title, org, year, doc_type, series_key) "
        "VALUES (?,?,?,?,?,?,?,?) RETURNING id",
        (file_id, index, doc.id, doc.title, doc.org, doc.year, doc.doc_type, series_key(doc))).fetchone()[0]
    flat = flatten(doc)
    conn.executemany("INSERT INTO sections(document_id, section_id, parent_section_id, position, number, heading, "
                     "level, type) VALUES (?,?,?,?,?,?,?,?)", [(doc_row, *row) for row in flat.sections])
    ids = _item_ids(conn, len(flat.items))
    conn.executemany("INSERT INTO items(id, document_id, section_id, block_id, position, kind, text) "
                     "VALUES (?,?,?,?,?,?,?)",
                     [(ids[k], doc_row, sid, bid, k, kind, text) for k, (sid, bid, kind, text, _) in enumerate(flat.items)])
    if conn.postgres:
        conn.executemany("INSERT INTO search(words, item_id, document_id, year, doc_type, section_type) "
                         "VALUES (?::tsvector,?,?,?,?,?)",
                         [(tsvector_text(segment(text)), ids[k], doc_row, doc.year, doc.doc_type, stype)
                          for k, (_, _, _, text, stype) in enumerate(flat.items)])
    else:
        conn.executemany("INSERT INTO search(rowid, words, item_id, document_id, year, doc_type, section_type) "
                         "VALUES (?,?,?,?,?,?,?)",
                         [(ids[k], " ".join(segment(text)), ids[k], doc_row, doc.year, doc.doc_type, stype)
                          for k, (_, _, _, text, stype) in enumerate(flat.items)])
    conn.executemany("INSERT INTO targets(document_id, section_id, target_id, text, value, unit, comparator, period) "
                     "VALUES (?,?,?,?,?,?,?,?)", [(doc_row, *row) for row in flat.targets])


def _retire(conn: Archive, path: str, file_id: int) -> None:
    """An older version of this path stops being current and leaves the search index (its rows
    stay for history). Looked up through the path index first: most files have no older version,
    and the SQLite index is reached by rowid (= the item id), never scanned. (Search joins on
    current files, so rows an older archive keyed otherwise are never shown either.)"""
    older = [r[0] for r in conn.execute("SELECT d.id FROM documents d JOIN files f ON f.id = d.file_id "
                                        "WHERE f.path = ? AND f.current = 1 AND f.id <> ?", (path, file_id))]
    if older:
        marks = ",".join("?" * len(older))
        if conn.postgres:
            conn.execute(f"DELETE FROM search WHERE document_id IN ({marks})", older)
        else:
            conn.execute(f"DELETE FROM search WHERE rowid IN (SELECT id FROM items WHERE document_id IN ({marks}))",
                         older)
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
        for index, doc in enumerate(result.documents):
            _document(conn, file_id, index, doc, segment)
        conn.execute("DELETE FROM errors WHERE sha256 = ?", (result.source.sha256,))
    return file_id


def record_error(conn: Archive, path: str, sha256: str | None, reason: str) -> None:
    """One row per file version and reason, however often the same failure comes back."""
    if conn.read_only:
        return
    with conn.transaction():
        conn.execute("INSERT INTO errors(path, sha256, reason) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                     (path, sha256, reason))


def known(conn: Archive, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM files WHERE sha256 = ?", (sha256,)).fetchone() is not None
