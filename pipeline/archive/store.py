"""Writing one parsed file into the archive, all of it or nothing, and series keys.

A series is the same org's same kind of document across years: "2023年XX局双拥工作计划" and
"XX局2024年双拥工作计划" share the key "xx局|双拥工作计划" once years, 关于 and numbering are
taken out of the title.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator

from jihua.pipeline.rules.lexicon import YEAR
from jihua.pipeline.text.normalize import bare
from jihua.schemas import plan

_YEARISH = re.compile(YEAR.pattern + "|年度|上半年|下半年")
_NOISE = re.compile(r"^关于|^印发|[（(【][^）)】]{0,10}[）)】]$|篇[一二三四五六七八九十\d]+$|^篇[一二三四五六七八九十\d]+[:：]")

Segmenter = Callable[[str], list[str]]


def series_key(doc: plan.Document) -> str:
    org = doc.org or ""  # what parse said; the archive never re-derives it
    topic = _YEARISH.sub("", doc.title)
    if org:
        topic = topic.replace(org, "")
    topic = _NOISE.sub("", topic)
    return f"{bare(org).lower()}|{bare(topic)}"


def _walk(sections: list[plan.Section], parent: str | None) -> Iterator[tuple[plan.Section, str | None]]:
    for s in sections:
        yield s, parent
        yield from _walk(s.children, s.id)


def _document(conn: sqlite3.Connection, file_id: int, index: int, doc: plan.Document, segment: Segmenter) -> None:
    cur = conn.execute(
        "INSERT INTO documents(file_id, doc_index, doc_id, title, org, year, doc_type, series_key, json) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        (file_id, index, doc.id, doc.title, doc.org, doc.year, doc.doc_type, series_key(doc), doc.model_dump_json()))
    doc_row = cur.lastrowid
    texts: list[tuple[str | None, str, str, str]] = [(None, b.id, "paragraph", b.text) for b in doc.preamble_blocks
                                                      if b.text]
    types: dict[str | None, str] = {None: "preamble"}
    for position, (s, parent) in enumerate(_walk(doc.sections, None)):
        conn.execute("INSERT INTO sections(document_id, section_id, parent_section_id, position, number, heading, "
                     "level, type) VALUES (?,?,?,?,?,?,?,?)",
                     (doc_row, s.id, parent, position, s.number, s.heading, s.level, s.type))
        types[s.id] = s.type
        texts.append((s.id, s.id + "-h", "heading", f"{s.number}{s.heading}"))
        for b in s.blocks:
            text = b.text or " | ".join(" ".join(row) for row in (b.rows or []))
            texts.append((s.id, b.id, b.kind, text))
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0]  # inside the transaction
    conn.executemany("INSERT INTO items(id, document_id, section_id, block_id, position, kind, text) "
                     "VALUES (?,?,?,?,?,?,?)",
                     [(first + k, doc_row, sid, bid, k, kind, text) for k, (sid, bid, kind, text) in enumerate(texts)])
    conn.executemany("INSERT INTO search(words, item_id, document_id, year, doc_type, section_type) "
                     "VALUES (?,?,?,?,?,?)",
                     [(" ".join(segment(text)), first + k, doc_row, doc.year, doc.doc_type, types[sid])
                      for k, (sid, _, _, text) in enumerate(texts)])
    conn.executemany(
        "INSERT INTO targets(document_id, section_id, target_id, text, value, unit, comparator, period) "
        "VALUES (?,?,?,?,?,?,?,?)",
        [(doc_row, t.section_id, t.id, t.text, float(t.value), t.unit, t.comparator, t.period) for t in doc.targets])


def store(conn: sqlite3.Connection, result: plan.ParseResult, size: int, segment: Segmenter) -> int:
    """Insert one file and its documents in a single transaction; older versions of the path
    stop being current. Returns the file row id."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # an older version of this path leaves the search index (its rows stay for history)
        conn.execute("DELETE FROM search WHERE document_id IN (SELECT d.id FROM documents d JOIN files f "
                     "ON f.id = d.file_id WHERE f.path = ? AND f.current = 1)", (result.source.path,))
        conn.execute("UPDATE files SET current = 0 WHERE path = ?", (result.source.path,))
        file_id = conn.execute(
            "INSERT INTO files(path, sha256, format, size, parse_json) VALUES (?,?,?,?,?)",
            (result.source.path, result.source.sha256, result.source.format, size, result.model_dump_json()),
        ).lastrowid
        assert file_id is not None
        for index, doc in enumerate(result.documents):
            _document(conn, file_id, index, doc, segment)
        conn.execute("DELETE FROM errors WHERE sha256 = ?", (result.source.sha256,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return file_id


def record_error(conn: sqlite3.Connection, path: str, sha256: str | None, reason: str) -> None:
    conn.execute("INSERT INTO errors(path, sha256, reason) VALUES (?,?,?)", (path, sha256, reason))


def known(conn: sqlite3.Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM files WHERE sha256 = ?", (sha256,)).fetchone() is not None
