"""A plan and the summary of the same office and year are a pair: the summary reports on that
year's plan, so the archive offers to trace one against the other (`compare.trace`), never
to diff them as two years of one plan.

The two sit in two series of one office (its key's org part, see series.org_form): the plan's
"某局|双拥工作计划" and the summary's "某局|双拥工作总结". The summary of the same topic is
taken first; else the office's only summary of that year.
"""

from __future__ import annotations

from typing import Any

from jihua.pipeline.archive.query import standing_documents
from jihua.schemas import plan

_PLAN, _SUMMARY = "工作计划", "工作总结"


def _partner_topic(key: str) -> str:
    """The topic of the other side of a pair: 双拥工作计划 ↔ 双拥工作总结."""
    topic = key.partition("|")[2]
    if topic.endswith(_PLAN):
        return topic[: -len(_PLAN)] + _SUMMARY
    if topic.endswith(_SUMMARY):
        return topic[: -len(_SUMMARY)] + _PLAN
    return topic


def _of_year(conn: Any, org: str, year: int) -> list[Any]:
    """The office's documents standing for `year` (one per series), newest file first."""
    prefix = org + "|"  # the office's series only (whole series: their standing is ranked within each)
    return conn.execute(f"SELECT c.file_id, c.doc_index, c.series_key, c.doc_type, c.title FROM "
                        f"({standing_documents('WHERE d.year = ? AND substr(d.series_key, 1, length(?)) = ?')}) c "
                        "WHERE c.stands_for_year = 1 ORDER BY c.file_id DESC", (year, prefix, prefix)).fetchall()


def _pick(rows: list[Any], doc_type: str, topic: str) -> Any | None:
    """The row of that kind whose topic is the partner's, else the only row of that kind."""
    kind = [r for r in rows if r["doc_type"] == doc_type]
    same = [r for r in kind if r["series_key"].partition("|")[2] == topic]
    return (same or kind)[0] if same or len(kind) == 1 else None


def pair_rows(conn: Any, key: str, year: int) -> tuple[Any, Any] | None:
    """(plan row, summary row) of the office of series `key` in `year`, either series given."""
    org = key.partition("|")[0]
    rows = _of_year(conn, org, year)
    mine = [r for r in rows if r["series_key"] == key]
    if not mine:
        return None
    other = _partner_topic(key)
    if mine[0]["doc_type"] == "summary":
        found = _pick(rows, "plan", other)
        return (found, mine[0]) if found is not None else None
    found = _pick(rows, "summary", other)
    return (mine[0], found) if found is not None and mine[0]["doc_type"] == "plan" else None


def pair(conn: Any, key: str, year: int) -> tuple[plan.ParseResult, plan.ParseResult] | None:
    """The plan and the summary of that office and year, each its file's parse reduced to the
    document (what `compare.trace.trace` takes); None when the year lacks either."""
    rows = pair_rows(conn, key, year)
    if rows is None:
        return None
    out = []
    for row in rows:
        text = conn.execute("SELECT parse_json FROM files WHERE id = ?", (row["file_id"],)).fetchone()[0]
        result = plan.ParseResult.model_validate_json(text)
        doc = result.documents[row["doc_index"]].model_copy(update={"year": year})
        out.append(result.model_copy(update={"documents": [doc]}))
    return out[0], out[1]


def paired_years(conn: Any, key: str, years: list[int]) -> dict[int, str]:
    """Each of `years` of the series whose office has the other side of the pair archived too
    (a plan series: the summary; a summary series: the plan), with that document's title."""
    out = {}
    for year in years:
        rows = pair_rows(conn, key, year)
        if rows is not None:
            other = rows[0] if rows[1]["series_key"] == key else rows[1]
            out[year] = str(other["title"])
    return out
