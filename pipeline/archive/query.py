"""Reading the archive: full-text search (jieba words: FTS5 and BM25 on SQLite, a GIN-indexed
tsvector and ts_rank on PostgreSQL), series, statistics.

Chinese has no spaces, so the index holds each text as jieba-segmented words and a query is
segmented the same way; every query word must occur. Snippets are cut from the printed text
with the hits marked 【】.

A search costs about the same at 1,000 documents as at 100,000, by design:
- filters (year, kind, section type, org) are index terms, so the index yields only passages
  that pass them (an --org naming more than MAX_ORGS orgs is checked on each match instead);
- where a query matches more than CANDIDATES passages, the CANDIDATES most recently stored
  matches are ranked and the best of those shown — on smaller archives that is every match,
  so results are exactly those of ranking all matches.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from math import ceil
from typing import Any

from jihua.pipeline.archive.db import Archive
from jihua.pipeline.archive.passages import distinct_passages
from jihua.pipeline.archive.schema import BUCKET, bucket_term, filter_term, org_term
from jihua.pipeline.archive.series import org_form
from jihua.pipeline.text import script
from jihua.pipeline.text.segment import load_jieba

# matching passages ranked per query (the most recently stored), per backend: measured at
# 100,000 documents, ranking more costs more than it changes (benchmarks/archive.py)
CANDIDATES = {"sqlite": 1000, "postgres": 1000}


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


def _fts_query(words: list[str], groups: list[list[str]]) -> str:
    """Every word required in the text column; from each group of index terms, one in the tags column."""
    query = "words : (" + " ".join('"' + w.replace('"', '""') + '"' for w in words) + ")"
    return " AND ".join([query, *("tags : (" + " OR ".join(f'"{t}"' for t in group) + ")" for group in groups)])


def _ts_query(words: list[str]) -> str:
    """Every word required, each taken as one lexeme (as stored by `store.tsvector_text`)."""
    return " & ".join("'" + w.lower().replace("\\", "\\\\").replace("'", "''") + "'" for w in words)


MAX_ORGS = 32  # an --org naming more orgs than this is checked on each match instead


def _org_filter(conn: Archive, org: str | None) -> tuple[list[list[str]], str, list[Any]] | None:
    """An --org filter (any org whose name contains it) as a group of index terms — one per org
    it names, from the orgs table — or, where it names more than MAX_ORGS, as a check on each
    match. None where it names no org at all."""
    if not org:
        return [], "", []
    names = org_names(conn, org)
    if not names:
        return None
    if len(names) > MAX_ORGS:
        marks = ",".join("?" * len(names))
        return [], f"AND document_id IN (SELECT id FROM documents WHERE org IN ({marks}))", names
    return [[t for t in map(org_term, names) if t]], "", []


def org_names(conn: Archive, org: str) -> list[str]:
    """The stored orgs an --org value names: those whose name holds it, in any of the office's
    forms (series.org_form: "中共某县委组织部" names "某县委组织部" and back, 人民政府 names 政府)."""
    wanted = org_form(org)
    return [name for (name,) in conn.execute("SELECT org FROM orgs ORDER BY org")
            if org in name or (wanted and wanted in org_form(name))]


def _ranked(conn: Archive, words: list[str], tags: list[str], org: str | None) -> list[Any]:
    """The newest CANDIDATES matching index rows, ranked: (item_id, document_id, score), best
    first (ties: older first). Filters are index terms (schema.tag_terms, schema.org_term), so
    the index yields only passages that pass them, and ranking costs the same however many
    passages match."""
    org_filter = _org_filter(conn, org)
    if org_filter is None:
        return []
    org_groups, org_sql, org_params = org_filter
    groups = [[t] for t in tags] + org_groups
    n = CANDIDATES[conn.kind]
    if conn.postgres:
        return _pg_ranked(conn, words, groups, org_sql, org_params, n)
    # FTS5 walks the matches newest first and stops after n; bm25 weighs the words column only
    # (the tags column's weight is 0, so filter terms never change a score)
    match = _fts_query(words, groups)
    rows = _fts_by_range(conn, words, match, org_sql, org_params, n) if groups or org_sql else None
    if rows is None:
        rows = conn.execute(f"SELECT rowid AS item_id, document_id, {_BM25} AS score FROM search "
                            f"WHERE search MATCH ? {org_sql} ORDER BY rowid DESC LIMIT ?",
                            [match, *org_params, n]).fetchall()
    return sorted(rows, key=lambda r: (-r[2], r[0]))


_BM25 = "-bm25(search, 1.0, 0.0)"
SPREAD = 8  # SQLite: rank a filtered search by its id range while that holds < SPREAD × n word matches


def _fts_by_range(conn: Archive, words: list[str], match: str, org_sql: str, org_params: list[Any],
                  n: int) -> list[Any] | None:
    """A filtered search ranked without counting the filter term: bm25 counts, once per query,
    the passages holding each term of the query, and a filter such as --type plan holds most of
    the archive. So the newest n matches are found unranked, then ranked by the words alone over
    their id range — the same scores, the filter term's weight being 0. None where that range
    holds many more word matches (a narrow filter: its term is cheap to count)."""
    ids = [r[0] for r in conn.execute(f"SELECT rowid FROM search WHERE search MATCH ? {org_sql} "
                                      "ORDER BY rowid DESC LIMIT ?", [match, *org_params, n])]
    if not ids:
        return []
    words_only, low, high = _fts_query(words, []), ids[-1], ids[0]
    spread = conn.execute("SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? AND rowid >= ? "
                          "AND rowid <= ? LIMIT ?)", [words_only, low, high, SPREAD * n]).fetchone()[0]
    if spread >= SPREAD * n:
        return None
    # +rowid: checked on each row FTS5 returns, not handed to FTS5 (which would re-run per id)
    return conn.execute(f"SELECT rowid AS item_id, document_id, {_BM25} AS score FROM search WHERE search MATCH ? "
                        "AND rowid >= ? AND rowid <= ? AND +rowid IN (SELECT value FROM json_each(?))",
                        [words_only, low, high, json.dumps(ids)]).fetchall()


def _pg_ranked(conn: Archive, words: list[str], groups: list[list[str]], org_sql: str, org_params: list[Any],
               n: int) -> list[Any]:
    """PostgreSQL: a GIN index cannot hand out matches newest first, so every passage carries
    its id bucket as a term (schema.bucket_term) and the newest bucket is asked for first, then
    older ones — as many as the matches seen so far say are needed — until n matches are found.
    Each step is one GIN lookup that visits only the matches in its buckets: a common word stops
    after a bucket or two, a rare one costs a few index lookups, and neither reads the table."""
    low, high = conn.execute("SELECT min(item_id), max(item_id) FROM search").fetchone()
    if high is None:
        return []
    query = _ts_query(words)
    sql = ("SELECT item_id, document_id, ts_rank(words, CAST(? AS tsquery)) AS score FROM search "
           f"WHERE words @@ CAST(? AS tsquery) AND tags @@ CAST(? AS tsquery) {org_sql}")
    rows: list[Any] = []
    top, count, bottom, scanned = high // BUCKET, 1, low // BUCKET, 0
    while top >= bottom and len(rows) < n:
        buckets = range(top, max(top - count, bottom - 1), -1)
        terms = " & ".join("(" + " | ".join(f"'{t}'" for t in group) + ")"
                           for group in [*groups, [bucket_term(b * BUCKET) for b in buckets]])
        found = conn.execute(sql, [query, query, terms, *org_params]).fetchall()
        rows += sorted(found, key=lambda r: -r[0])
        top, scanned = top - len(buckets), scanned + len(buckets)
        count = _next_count(count, n - len(rows), len(rows) / scanned)
    return sorted(rows[:n], key=lambda r: (-r[2], r[0]))


def _next_count(count: int, needed: int, per_bucket: float) -> int:
    """Buckets to ask for next: as many as the matches seen so far say are needed (a quarter
    more), but at most 4× the last step, so a rare word costs few steps and a common one
    visits not many more matches than it ranks."""
    if per_bucket <= 0:
        return count * 4
    return max(1, min(count * 4, ceil(needed / per_bucket * 1.25)))


# a year standing alone in a query ("2024年 高标准农田", "2024 高标准农田") filters by year rather than
# asking for the characters "2024年" in the passage
_QUERY_YEAR = re.compile(r"(?:^|(?<=\s))((?:19|20)\d{2})年?(?=\s|$)")


def search(conn: Archive, query: str, year: int | None = None, org: str | None = None,
           doc_type: str | None = None, section_type: str | None = None, limit: int = 20,
           tokenizer: Any = None) -> list[Hit]:
    """Best passages for the query; pass a jieba tokenizer when searching many times (loading
    the dictionary costs more than a search)."""
    tokenizer = tokenizer or load_jieba()
    query = unicodedata.normalize("NFKC", query)  # "１２０万元" typed in full-width is the indexed 120万元
    query = script.folded(query)  # the index holds simplified words (ingest.search_words)
    named = _QUERY_YEAR.search(query)
    if named and year is None and _QUERY_YEAR.sub(" ", query).strip():  # "2024年 高标准农田": that year's plans
        year, query = int(named.group(1)), _QUERY_YEAR.sub(" ", query)
    words = [w for w in tokenizer.cut(query) if w.strip() and not re.fullmatch(r"\W+", w)]
    if not words:
        return []
    term = filter_term(year, doc_type, section_type)
    ranked = _ranked(conn, words, [term] if term else [], org)
    sql = (
        "SELECT d.title, d.year, d.org, d.doc_type, s.heading AS section, s.type AS section_type, f.path, "
        "i.text AS text, hit.score, d.id AS document_id, d.series_key, i.section_id, i.block_id, i.kind, f.format "
        "FROM {hit} "
        "JOIN items i ON i.id = hit.item_id JOIN documents d ON d.id = hit.document_id "
        "JOIN files f ON f.id = d.file_id AND f.current = 1 "
        "LEFT JOIN sections s ON s.document_id = d.id AND s.section_id = i.section_id "
        "ORDER BY hit.score DESC, i.id"
    )

    def run(fetch: int) -> list[Any]:
        """The `fetch` best ranked rows joined by key to what they belong to."""
        best = ranked[:fetch]
        if not best:
            return []
        if conn.postgres:  # three arrays: three parameters, not three a row
            hit = "unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS float8[])) AS hit(item_id, document_id, score)"
            params = [list(column) for column in zip(*best, strict=True)]
        else:
            hit = ("(SELECT column1 AS item_id, column2 AS document_id, column3 AS score FROM (VALUES "
                   + ",".join(["(?, ?, ?)"] * len(best)) + ")) AS hit")
            params = [value for row in best for value in row]
        return conn.execute(sql.format(hit=hit), params).fetchall()

    hits = []
    for passage in distinct_passages(run, limit):
        row = passage.row
        hits.append(Hit(row["title"], row["year"], row["org"], row["doc_type"], row["section"], row["section_type"],
                        snippet(row["text"], words, query=query), round(float(row["score"]), 3), row["path"],
                        row["document_id"], row["section_id"], passage.formats))
    return hits


def named_by(conn: Archive, query: str) -> tuple[str, int]:
    """Where a query that matched no passage is a name rather than text: ("org", n) when it names
    the org of n stored documents (query as --org takes it: org_names), ("title", n) when every
    space-separated part of it occurs in n documents' titles, ("", 0) otherwise; a plan archived
    in several formats counts once (standing_documents).

    Search stays a search of passages — what a plan says, ranked and cut into snippets —, not of
    what a document is called: every passage of an office's plans would otherwise match its name
    and bury the passages that mention it. But a user typing "某县某局" wants that office's
    documents, so the command line says where the query was found and the option that finds it."""
    query = unicodedata.normalize("NFKC", query).strip()  # titles and orgs are stored as printed
    parts = query.split()
    if not parts:
        return "", 0
    standing = f"SELECT count(*) FROM ({standing_documents()}) c WHERE c.stands_for_year = 1 AND "
    names = org_names(conn, query)
    if names:
        count = conn.execute(standing + f"c.org IN ({','.join('?' * len(names))})", names).fetchone()[0]
        if count:
            return "org", int(count)
    likes = ["%" + p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for p in parts]
    count = conn.execute(standing + " AND ".join(["c.title LIKE ? ESCAPE '\\'"] * len(likes)), likes).fetchone()[0]
    return ("title", int(count)) if count else ("", 0)


def _marks(text: str, query: str, words: list[str]) -> list[str]:
    """What a snippet marks, longest first: the query's space-separated parts where they occur
    whole, then its words of two characters or more; a one-character word only where no longer
    part of the query occurs (率 alone says nothing beside 综合机械化率)."""
    parts = [p for p in dict.fromkeys([*query.split(), *words]) if p and p in text]
    long = [p for p in parts if len(p) > 1]
    return sorted(long or parts, key=len, reverse=True)


def snippet(text: str, words: list[str], width: int = 60, query: str = "") -> str:
    """The passage around the query's best hit — where its longest part occurs whole (the whole
    query first, then its longest words), not its first word — with those hits marked 【】."""
    seen = script.folded(text)  # hits are found in simplified characters, shown in the text's own
    marks = _marks(seen, query, words)
    first = seen.find(marks[0]) if marks else 0
    lead = max(0, min(width // 3, width - len(marks[0]))) if marks else 0  # the whole hit inside the window
    start = max(0, first - lead)
    piece = text[start: start + width]
    if marks:
        spans = [m.span() for m in re.finditer("|".join(map(re.escape, marks)), seen[start: start + width])]
        for a, b in reversed(spans):
            piece = f"{piece[:a]}【{piece[a:b]}】{piece[b:]}"
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def standing_documents(where: str = "") -> str:
    """SQL for the current documents (optionally narrowed by `where`, on `d` and `f`), each with
    stands_for_year = 1 on the one that stands for its series' year: a plan archived in several
    formats (the DOCX, its PDF, a web copy) counts once, by its most recently added file; an
    undated document stands for its title. History, exports and counts read the year through it."""
    return ("SELECT d.id, d.doc_id, f.id AS file_id, d.doc_index, f.path, f.sha256, f.format, d.title, d.org, "
            "d.year, d.year_source, d.doc_type, d.series_key, CASE WHEN row_number() OVER (PARTITION BY d.series_key, "
            "coalesce(CAST(d.year AS TEXT), d.title) ORDER BY f.id DESC, d.id DESC) = 1 THEN 1 ELSE 0 END "
            "AS stands_for_year FROM documents d JOIN files f ON f.id = d.file_id AND f.current = 1 " + where)


def series_list(conn: Archive) -> list[dict[str, Any]]:
    joined_years = "string_agg(DISTINCT d.year::text, ',')" if conn.postgres else "group_concat(DISTINCT d.year)"
    rows = conn.execute(
        "SELECT d.series_key, " + joined_years + " AS years, count(*) AS documents, max(d.title) AS title, "
        "max(d.org) AS org, max(d.doc_type) AS doc_type FROM documents d JOIN files f ON f.id = d.file_id "
        "AND f.current = 1 GROUP BY d.series_key ORDER BY d.series_key")
    out = []
    for r in rows:
        years = sorted(int(y) for y in (r["years"] or "").split(",") if y)
        out.append({"series": r["series_key"], "title": r["title"], "org": r["org"], "doc_type": r["doc_type"],
                    "years": years, "documents": r["documents"]})
    return out


def stats(conn: Archive) -> dict[str, Any]:
    """Counts of files and of documents — a document archived in several formats (the DOCX and its
    text copy) once, as the one standing for its year (standing_documents, as exports mark it) —
    by year, org, kind and section type; errors and copies."""
    def grouped(sql: str) -> dict[str, int]:
        return {str(k) if k is not None else "unknown": n for k, n in conn.execute(sql)}

    current = f"FROM ({standing_documents()}) d WHERE d.stands_for_year = 1"
    return {
        "files": conn.execute("SELECT count(*) FROM files WHERE current = 1").fetchone()[0],
        "documents": conn.execute(f"SELECT count(*) {current}").fetchone()[0],
        "errors": conn.execute("SELECT count(*) FROM errors").fetchone()[0],
        "copies": conn.execute("SELECT count(*) FROM copies").fetchone()[0],
        "by_year": grouped(f"SELECT d.year, count(*) {current} GROUP BY d.year ORDER BY d.year"),
        "by_org": grouped(f"SELECT d.org, count(*) {current} GROUP BY d.org ORDER BY count(*) DESC, d.org"),
        "by_doc_type": grouped(f"SELECT d.doc_type, count(*) {current} GROUP BY d.doc_type ORDER BY d.doc_type"),
        "by_section_type": grouped(f"SELECT s.type, count(*) FROM ({standing_documents()}) d JOIN sections s "
                                   "ON s.document_id = d.id WHERE d.stands_for_year = 1 "
                                   "GROUP BY s.type ORDER BY count(*) DESC, s.type"),
    }


def errors(conn: Archive) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute("SELECT path, reason, at FROM errors ORDER BY id")]
