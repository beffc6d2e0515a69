"""Reading the archive: full-text search (jieba words: FTS5 and BM25 on SQLite, a GIN-indexed
tsvector and ts_rank on PostgreSQL), series, statistics.

Chinese has no spaces, so the index holds each text as jieba-segmented words and a query is
segmented the same way; every query word must occur. Snippets are cut from the printed text
with the hits marked 【】.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from jihua.pipeline.archive.db import Archive
from jihua.pipeline.archive.passages import distinct_passages
from jihua.pipeline.archive.schema import tag_terms
from jihua.pipeline.text.segment import load_jieba

CANDIDATES = 3000  # matching passages ranked per query: the most recently stored ones


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
    document_id: int = 0
    section_id: str | None = None
    formats: list[str] = field(default_factory=list)  # every format this passage is archived in


def _fts_query(words: list[str], tags: list[str]) -> str:
    """Every word required in the text column, every filter term in the tags column."""
    query = "words : (" + " ".join('"' + w.replace('"', '""') + '"' for w in words) + ")"
    return query + (" AND tags : (" + " ".join(f'"{t}"' for t in tags) + ")" if tags else "")


def _ts_query(words: list[str]) -> str:
    """Every word required, each taken as one lexeme (as stored by `store.tsvector_text`)."""
    return " & ".join("'" + w.lower().replace("\\", "\\\\").replace("'", "''") + "'" for w in words)


def _ranked(conn: Archive, words: list[str], tags: list[str], org: str | None, limit: int) -> tuple[str, list[Any]]:
    """The best-ranked index rows (item_id, document_id, score: higher is better). Filters are
    index terms (see schema.tag_terms), so the index itself yields only passages that pass them;
    the CANDIDATES most recently stored of those are ranked (every match in all but huge
    archives), so ranking costs the same however many passages match."""
    params: list[Any] = []
    org_filter = ""
    if org:
        org_filter = "AND document_id IN (SELECT id FROM documents WHERE org LIKE ?)"
        params.append(f"%{org}%")
    if conn.postgres:
        query = _ts_query(words)
        tag_filter = "AND tags @@ CAST(? AS tsquery)" if tags else ""
        sql = ("SELECT item_id, document_id, ts_rank(words, q) AS score FROM (SELECT item_id, document_id, words "
               f"FROM search WHERE words @@ CAST(? AS tsquery) {tag_filter} {org_filter} ORDER BY item_id DESC "
               "LIMIT ?) AS c, CAST(? AS tsquery) AS q ORDER BY score DESC LIMIT ?")
        return sql, [query, *([" & ".join(tags)] if tags else []), *params, CANDIDATES, query, limit]
    # FTS5 walks the match newest first and stops after CANDIDATES rows; bm25 weighs the words
    # column only (the tags column's weight is 0, so filter terms never change a score)
    sql = ("SELECT item_id, document_id, score FROM (SELECT rowid AS item_id, document_id, "
           f"-bm25(search, 1.0, 0.0) AS score FROM search WHERE search MATCH ? {org_filter} ORDER BY rowid DESC "
           "LIMIT ?) ORDER BY score DESC LIMIT ?")
    return sql, [_fts_query(words, tags), *params, CANDIDATES, limit]


def search(conn: Archive, query: str, year: int | None = None, org: str | None = None,
           doc_type: str | None = None, section_type: str | None = None, limit: int = 20,
           tokenizer: Any = None) -> list[Hit]:
    """Best passages for the query; pass a jieba tokenizer when searching many times (loading
    the dictionary costs more than a search)."""
    tokenizer = tokenizer or load_jieba()
    words = [w for w in tokenizer.cut(query) if w.strip() and not re.fullmatch(r"\W+", w)]
    if not words:
        return []
    sql = [
        "SELECT d.title, d.year, d.org, d.doc_type, s.heading AS section, s.type AS section_type, f.path,",
        "i.text AS text, hit.score, d.id AS document_id, d.series_key, i.section_id, i.block_id, i.kind, f.format",
        "FROM {hit}",
        "JOIN items i ON i.id = hit.item_id JOIN documents d ON d.id = hit.document_id",
        "JOIN files f ON f.id = d.file_id AND f.current = 1",
        "LEFT JOIN sections s ON s.document_id = d.id AND s.section_id = i.section_id",
    ]
    sql.append("ORDER BY hit.score DESC, i.id")
    tags = tag_terms(year, doc_type, section_type)

    def run(fetch: int) -> list[Any]:
        """Rows for the index's `fetch` best matches, joined to what they belong to."""
        inner, params = _ranked(conn, words, tags, org, fetch)
        hit = f"({inner}) AS hit"
        if conn.postgres:  # rank first, then join the few best by key: the planner sees how few they are
            ranked = conn.execute(inner, params).fetchall()
            if not ranked:
                return []
            hit = ("(VALUES " + ",".join(["(CAST(? AS bigint), CAST(? AS bigint), CAST(? AS float8))"] * len(ranked))
                   + ") AS hit(item_id, document_id, score)")
            params = [value for row in ranked for value in row]
        return conn.execute(" ".join(sql).format(hit=hit), params).fetchall()

    hits = []
    for passage in distinct_passages(run, limit):
        row = passage.row
        hits.append(Hit(row["title"], row["year"], row["org"], row["doc_type"], row["section"], row["section_type"],
                        snippet(row["text"], words), round(float(row["score"]), 3), row["path"], row["document_id"],
                        row["section_id"], passage.formats))
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


def series_list(conn: Archive) -> list[dict[str, Any]]:
    years = "string_agg(DISTINCT d.year::text, ',')" if conn.postgres else "group_concat(DISTINCT d.year)"
    rows = conn.execute(
        "SELECT d.series_key, " + years + " AS years, count(*) AS documents, max(d.title) AS title, "
        "max(d.org) AS org, max(d.doc_type) AS doc_type FROM documents d JOIN files f ON f.id = d.file_id "
        "AND f.current = 1 GROUP BY d.series_key ORDER BY d.series_key")
    out = []
    for r in rows:
        years = sorted(int(y) for y in (r["years"] or "").split(",") if y)
        out.append({"series": r["series_key"], "title": r["title"], "org": r["org"], "doc_type": r["doc_type"],
                    "years": years, "documents": r["documents"]})
    return out


def stats(conn: Archive) -> dict[str, Any]:
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


def errors(conn: Archive) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute("SELECT path, reason, at FROM errors ORDER BY id")]
