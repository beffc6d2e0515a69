"""A series through the years: sections kept, added, dropped; each metric's trajectory (its
figure year by year, with a one-line chart); terms that rise and fall. Comparisons reuse `pipeline.compare.diff` on the stored parse results."""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

from jihua.pipeline.archive.pairs import paired_years
from jihua.pipeline.archive.query import series_list, standing_documents
from jihua.pipeline.archive.years import NOTES
from jihua.pipeline.compare.diff import compare
from jihua.pipeline.compare.series import series
from jihua.pipeline.rules.compare_words import in_common_unit
from jihua.pipeline.rules.lexicon import COMPARISON_WORDS, CONTENT_WORD, STOPWORDS
from jihua.pipeline.rules.targets import per_year
from jihua.pipeline.text.segment import load_jieba
from jihua.schemas import plan
from jihua.schemas.diff import DiffResult
from jihua.schemas.series import SeriesView


def documents_of(conn: sqlite3.Connection, key: str) -> list[tuple[plan.ParseResult, plan.Document]]:
    """One document per known year of the series (oldest first), each with the parse of its file,
    dated with the year it is archived under (a year from its path where its text names none).

    The same plan is often archived in several formats (the DOCX, its PDF, a web copy): the one
    that stands for the year is chosen as everywhere (see query.standing_documents). A document
    of no known year is not placed among the years (see `undated`)."""
    out = []
    for row in _standing(conn, key, "c.year IS NOT NULL ORDER BY c.year, c.file_id"):
        result = plan.ParseResult.model_validate_json(row["parse_json"])
        doc = result.documents[row["doc_index"]].model_copy(update={"year": row["year"]})
        out.append((result.model_copy(update={"documents": [doc]}), doc))
    return out


def undated(conn: sqlite3.Connection, key: str) -> list[dict[str, Any]]:
    """The series' documents of no known year (neither text nor path names one): listed apart,
    never ordered among the years."""
    return [{"title": r["title"], "path": r["path"]} for r in _standing(conn, key, "c.year IS NULL ORDER BY c.file_id")]


def _standing(conn: sqlite3.Connection, key: str, where: str,
              columns: str = "f.parse_json, f.path, c.doc_index, c.year, c.title") -> list[Any]:
    """The series' documents standing for their year (or title), narrowed and ordered by `where`."""
    return conn.execute(
        f"SELECT {columns} FROM ({standing_documents('WHERE d.series_key = ?')}) c "
        f"JOIN files f ON f.id = c.file_id WHERE c.stands_for_year = 1 AND {where}", (key,)).fetchall()


def match_series(conn: sqlite3.Connection, name: str, tokenizer: Any = None) -> list[dict[str, Any]]:
    """Series a name can mean, best first: its key exactly, else every series whose title, org
    or key holds each of the name's words ("青禾 双拥工作计划"), dated series with more years first."""
    rows = series_list(conn)
    wanted = name.strip()
    exact = [r for r in rows if wanted in (r["series"], series_label(r))]
    if exact:
        return exact
    words = wanted.lower().split() or [wanted]

    def holds(row: dict[str, Any], word: str) -> bool:
        return any(word in (row[k] or "").lower() for k in ("title", "org", "series"))

    found = [r for r in rows if all(holds(r, w) for w in words)]
    if not found and len(words) == 1:  # no spaces: try its jieba words ("青禾双拥工作计划")
        parts = [w for w in (tokenizer or load_jieba()).cut(wanted) if w.strip()]
        found = [r for r in rows if all(holds(r, w.lower()) for w in parts)]
    return sorted(found, key=lambda r: (-len(r["years"]), -max(r["years"], default=0), -r["documents"]))


def series_label(row: dict[str, Any]) -> str:
    """A series as printed: its key, or for a series without an org "双拥工作计划（未署单位）"
    rather than a key starting with a bare "|"."""
    key = str(row["series"])
    return key[1:] + "（未署单位）" if key.startswith("|") else key


def find_series(conn: sqlite3.Connection, name: str) -> str | None:
    """The best series key for a name (see match_series), or None."""
    found = match_series(conn, name)
    return str(found[0]["series"]) if found else None


def _terms(doc: plan.Document, tokenizer: Any) -> Counter[str]:
    """Content words, never a figure ("92%") nor a comparison's word or fragment ("不少" of 不少于)."""
    text = "".join(doc.paragraphs) + "".join(p for s in plan.walk(doc.sections) for p in s.paragraphs)
    return Counter(w for w in tokenizer.cut(text) if len(w) > 1 and w not in STOPWORDS and w not in COMPARISON_WORDS
                   and CONTENT_WORD.fullmatch(w))


def outline_changes(pair: DiffResult) -> dict[str, Any]:
    """What the diff's section pairing says about the outline, in the archivist's terms.

    kept counts distinct new sections paired one to one with an old one (so never more than
    either side has); a part split off an old one is new content and a part merged into
    another is gone as a section, so both are listed rather than counted as kept."""
    regrouped = ("merged", "split")
    paired = [s for s in pair.sections if s.old_id and s.new_id and not set(s.kinds) & set(regrouped)]
    return {"sections_kept": len({s.new_id for s in paired}),
            "sections_renamed": [{"old": s.old_heading, "new": s.new_heading} for s in paired if "renamed" in s.kinds],
            "sections_merged": [{"old": s.old_heading, "into": s.new_heading} for s in pair.sections
                                if "merged" in s.kinds],
            "sections_split": [{"from": s.old_heading, "new": s.new_heading} for s in pair.sections
                               if "split" in s.kinds],
            "sections_added": [s.new_heading for s in pair.sections if s.status == "added"],
            "sections_dropped": [s.old_heading for s in pair.sections if s.status == "removed"]}


def history(conn: sqlite3.Connection, key: str, tokenizer: Any = None) -> dict[str, Any]:
    """The series year by year (known years only); each year after a gap names the years missing
    before it (`gap_before`: its comparison skips them), a year taken from the path says so
    (`year_note`), a year whose plan and summary are both archived names the other (`paired_with`: trace them), and
    documents of no known year are listed apart (`undated`)."""
    docs = documents_of(conn, key)
    apart = undated(conn, key)
    if not docs:
        return {"series": key, "years": [], "missing_years": [], "undated": apart}
    view = series([r for r, _ in docs]) if len(docs) > 1 else None
    tokenizer = tokenizer or load_jieba()  # a server passes the one it keeps: loading costs more than a history
    terms = [_terms(d, tokenizer) for _, d in docs]
    sources = _year_sources(conn, key)
    years = []
    for k, (result, doc) in enumerate(docs):
        entry: dict[str, Any] = {"year": doc.year, "title": doc.title, "path": result.source.path,
                                 "sections": len(plan.walk(doc.sections)), "targets": len(doc.targets)}
        if sources.get(result.source.path) in NOTES:
            entry["year_note"] = NOTES[sources[result.source.path]]
        if k and view is not None:
            entry["gap_before"] = list(range(docs[k - 1][1].year + 1, doc.year))
            pair: DiffResult = view.pairs[k - 1]
            entry |= outline_changes(pair)
            total_old, total_new = sum(terms[k - 1].values()) or 1, sum(terms[k].values()) or 1
            change = {w: terms[k][w] / total_new - terms[k - 1][w] / total_old for w in terms[k] | terms[k - 1]}
            ranked = sorted(change.items(), key=lambda kv: kv[1])
            entry["rising_terms"] = [w for w, v in reversed(ranked[-8:]) if v > 0]
            entry["falling_terms"] = [w for w, v in ranked[:8] if v < 0]
        years.append(entry)
    targets = [t.model_dump() for t in view.targets] if view else []
    for year, title in paired_years(conn, key, [e["year"] for e in years]).items():
        next(e for e in years if e["year"] == year)["paired_with"] = title  # a pair to trace (pairs.py)
    missing = [y for e in years for y in e.get("gap_before", [])]
    return {"series": key, "years": years, "missing_years": missing, "undated": apart, "targets": targets,
            "metrics": trajectories(view) if view else []}


def _year_sources(conn: sqlite3.Connection, key: str) -> dict[str, str]:
    """Where each standing file's year came from (years.TEXT, FILE_NAME, FOLDER), by its path."""
    return {r["path"]: r["year_source"] for r in _standing(conn, key, "c.year IS NOT NULL", "f.path, c.year_source")}


_BARS = "▁▂▃▄▅▆▇█"


def spark(values: list[float | None]) -> str:
    """A small chart in one line of text: one bar per year, blank where the metric is absent."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    span = (high - low) or 1.0
    return "".join(" " if v is None else _BARS[round((v - low) / span * (len(_BARS) - 1)) if high > low else 3]
                   for v in values)


def trajectories(view: SeriesView) -> list[dict[str, Any]]:
    """Each metric across the years of the series — its figure, comparator and period per year —
    with a one-line chart, for metrics set in at least two years."""
    years = [d.year for d in view.documents]
    out = []
    for track in view.targets:
        present = [v for v in track.values if v is not None]
        if len(present) < 2:
            continue
        # each year's figure in the unit diff compares in (1.2万亩 one year, 900公顷 the next: both 平方米)
        yearly = [None if v is None else per_year(in_common_unit(v.base_unit or v.unit, float(
            v.normalized if v.normalized is not None else v.value))[1], v.period) for v in track.values]
        out.append({"metric": track.metric or track.label, "unit": track.unit,
                    "years": [{"year": y, "value": v.value, "unit": v.unit, "comparator": v.comparator,
                               "period": v.period, "text": v.text} if v else None
                              for y, v in zip(years, track.values, strict=True)],
                    "chart": spark(yearly)})
    return out


def changed(track: dict[str, Any]) -> bool:
    """A target track (from `history`) whose figure, unit, period or comparator moved, or that
    appears or disappears over the years."""
    def form(v: dict[str, Any] | None) -> tuple[Any, ...] | None:
        return None if v is None else (v.get("value"), v.get("unit"), v.get("period"), v.get("comparator"))

    return len({form(v) for v in track["values"]}) > 1


def diff_years(conn: sqlite3.Connection, key: str, old_year: int, new_year: int) -> DiffResult | None:
    docs = {d.year: r for r, d in documents_of(conn, key)}
    if old_year not in docs or new_year not in docs:
        return None
    return compare(docs[old_year], docs[new_year])
