"""Reading the archive: full-text search (FTS5 over jieba words, BM25), series, statistics.

Chinese has no spaces, so the index holds each text as jieba-segmented words and a query is
segmented the same way; every query word must occur. Snippets are cut from the printed text
with the hits marked 【】.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from jihua.pipeline.text.segment import load_jieba


@dataclass
class Hit:
    title: str
    year: int | None
    org: str | None
    doc_type: str
    section: str | None
    section_type: str | None
    snippet: str
    score: float
    path: str


def _fts_query(words: list[str]) -> str:
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search(conn: sqlite3.Connection, query: str, year: int | None = None, org: str | None = None,
           doc_type: str | None = None, section_type: str | None = None, limit: int = 20,
           tokenizer: Any = None) -> list[Hit]:
    """Best passages for the query; pass a jieba tokenizer when searching many times (loading
    the dictionary costs more than a search)."""
    tokenizer = tokenizer or load_jieba()
    words = [w for w in tokenizer.cut(query) if w.strip() and not re.fullmatch(r"\W+", w)]
    if not words:
        return []
    # rank inside the full-text index first (filters on its own columns), then join the few best
    inner = ["SELECT item_id, document_id, rank AS score FROM search WHERE search MATCH ?"]
    params: list[Any] = [_fts_query(words)]
    for clause, value in (("year = ?", year), ("doc_type = ?", doc_type), ("section_type = ?", section_type)):
        if value is not None:
            inner.append(f"AND {clause}")
            params.append(value)
    inner.append("ORDER BY rank LIMIT ?")
    params.append(limit * 8 * (20 if org else 1))  # the same passage archived in several formats: keep one
    sql = [
        "SELECT d.title, d.year, d.org, d.doc_type, s.heading AS section, s.type AS section_type, f.path,",
        f"i.text AS text, hit.score FROM ({' '.join(inner)}) AS hit",
        "JOIN items i ON i.id = hit.item_id JOIN documents d ON d.id = hit.document_id",
        "JOIN files f ON f.id = d.file_id AND f.current = 1",
        "LEFT JOIN sections s ON s.document_id = d.id AND s.section_id = i.section_id",
    ]
    if org:
        sql.append("WHERE d.org LIKE ?")
        params.append(f"%{org}%")
    sql.append("ORDER BY hit.score")
    hits: list[Hit] = []
    seen: set[tuple[str, str | None, str]] = set()
    for row in conn.execute(" ".join(sql), params):
        key = (row["title"], row["section"], row["text"])
        if key in seen:
            continue
        seen.add(key)
        hits.append(Hit(row["title"], row["year"], row["org"], row["doc_type"], row["section"], row["section_type"],
                        snippet(row["text"], words), round(-row["score"], 3), row["path"]))
        if len(hits) == limit:
            break
    return hits


def snippet(text: str, words: list[str], width: int = 60) -> str:
    """The passage around the first hit, every query word marked 【】 (on the printed text)."""
    first = min((text.find(w) for w in words if w in text), default=0)
    start = max(0, first - width // 3)
    piece = text[start: start + width]
    for w in sorted(set(words), key=len, reverse=True):
        piece = piece.replace(w, f"\x00{w}\x01")
    piece = piece.replace("\x00", "【").replace("\x01", "】")
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def series_list(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT d.series_key, group_concat(DISTINCT d.year) AS years, count(*) AS documents, max(d.title) AS title, "
        "max(d.org) AS org, max(d.doc_type) AS doc_type FROM documents d JOIN files f ON f.id = d.file_id "
        "AND f.current = 1 GROUP BY d.series_key ORDER BY d.series_key")
    out = []
    for r in rows:
        years = sorted(int(y) for y in (r["years"] or "").split(",") if y)
        out.append({"series": r["series_key"], "title": r["title"], "org": r["org"], "doc_type": r["doc_type"],
                    "years": years, "documents": r["documents"]})
    return out


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    def grouped(sql: str) -> dict[str, int]:
        return {str(k) if k is not None else "unknown": n for k, n in conn.execute(sql)}

    current = "FROM documents d JOIN files f ON f.id = d.file_id AND f.current = 1"
    return {
        "files": conn.execute("SELECT count(*) FROM files WHERE current = 1").fetchone()[0],
        "documents": conn.execute(f"SELECT count(*) {current}").fetchone()[0],
        "errors": conn.execute("SELECT count(*) FROM errors").fetchone()[0],
        "by_year": grouped(f"SELECT d.year, count(*) {current} GROUP BY d.year ORDER BY d.year"),
        "by_org": grouped(f"SELECT d.org, count(*) {current} GROUP BY d.org ORDER BY count(*) DESC"),
        "by_doc_type": grouped(f"SELECT d.doc_type, count(*) {current} GROUP BY d.doc_type"),
        "by_section_type": grouped(f"SELECT s.type, count(*) {current} JOIN sections s ON s.document_id = d.id "
                                   "GROUP BY s.type ORDER BY count(*) DESC"),
    }


def errors(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute("SELECT path, reason, at FROM errors ORDER BY id")]
