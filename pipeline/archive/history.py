"""A series through the years: sections kept, added, dropped; each metric's trajectory (its
figure year by year, with a one-line chart); terms that rise and fall. Comparisons reuse `pipeline.compare.diff` on the stored parse results."""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

from jihua.pipeline.compare.diff import compare, walk_sections
from jihua.pipeline.compare.series import series
from jihua.pipeline.enrich import load_jieba
from jihua.pipeline.rules.lexicon import STOPWORDS
from jihua.pipeline.rules.targets import PER_YEAR
from jihua.schemas import plan
from jihua.schemas.diff import DiffResult
from jihua.schemas.series import SeriesView


def documents_of(conn: sqlite3.Connection, key: str) -> list[tuple[plan.ParseResult, plan.Document]]:
    """One document per year of the series (oldest first), each with the parse of its file.

    The same plan is often archived in several formats (the DOCX, its PDF, a web copy): per
    year the most recently added one stands for the year."""
    rows = conn.execute(
        "SELECT f.parse_json, d.doc_index, d.year, d.title FROM documents d "
        "JOIN files f ON f.id = d.file_id AND f.current = 1 WHERE d.series_key = ? "
        "ORDER BY d.year IS NULL, d.year, f.id", (key,)).fetchall()
    latest: dict[object, sqlite3.Row] = {}
    for row in rows:
        latest[row["year"] if row["year"] is not None else row["title"]] = row
    out = []
    for row in latest.values():
        result = plan.ParseResult.model_validate_json(row["parse_json"])
        doc = result.documents[row["doc_index"]]
        out.append((result.model_copy(update={"documents": [doc]}), doc))
    return out


def find_series(conn: sqlite3.Connection, name: str) -> str | None:
    """A series key from its key, or from words of its title."""
    exact = conn.execute("SELECT series_key FROM documents WHERE series_key = ? LIMIT 1", (name,)).fetchone()
    if exact:
        return str(exact[0])
    like = conn.execute("SELECT series_key FROM documents WHERE title LIKE ? OR series_key LIKE ? "
                        "GROUP BY series_key ORDER BY count(*) DESC LIMIT 1", (f"%{name}%", f"%{name}%")).fetchone()
    return str(like[0]) if like else None


def _terms(doc: plan.Document, tokenizer: Any) -> Counter[str]:
    text = "".join(doc.paragraphs) + "".join(p for s in walk_sections(doc.sections) for p in s.paragraphs)
    return Counter(w for w in tokenizer.cut(text) if len(w) > 1 and w not in STOPWORDS and not w.isdigit())


def history(conn: sqlite3.Connection, key: str) -> dict[str, Any]:
    docs = documents_of(conn, key)
    if not docs:
        return {"series": key, "years": []}
    view = series([r for r, _ in docs]) if len(docs) > 1 else None
    tokenizer = load_jieba()
    terms = [_terms(d, tokenizer) for _, d in docs]
    years = []
    for k, (result, doc) in enumerate(docs):
        entry: dict[str, Any] = {"year": doc.year, "title": doc.title, "path": result.source.path,
                                 "sections": len(walk_sections(doc.sections)), "targets": len(doc.targets)}
        if k and view is not None:
            pair: DiffResult = view.pairs[k - 1]
            entry |= {"sections_kept": sum(1 for s in pair.sections if s.status in ("same", "changed", "moved")),
                      "sections_added": [s.new_heading for s in pair.sections if s.status == "added"],
                      "sections_dropped": [s.old_heading for s in pair.sections if s.status == "removed"]}
            total_old, total_new = sum(terms[k - 1].values()) or 1, sum(terms[k].values()) or 1
            change = {w: terms[k][w] / total_new - terms[k - 1][w] / total_old for w in terms[k] | terms[k - 1]}
            ranked = sorted(change.items(), key=lambda kv: kv[1])
            entry["rising_terms"] = [w for w, v in reversed(ranked[-8:]) if v > 0]
            entry["falling_terms"] = [w for w, v in ranked[:8] if v < 0]
        years.append(entry)
    targets = [t.model_dump() for t in view.targets] if view else []
    return {"series": key, "years": years, "targets": targets, "metrics": trajectories(view) if view else []}


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
        per_year = [None if v is None else float(v.normalized if v.normalized is not None else v.value) *
                    PER_YEAR.get(v.period or "", 1.0) for v in track.values]
        out.append({"metric": track.metric or track.label, "unit": track.unit,
                    "years": [{"year": y, "value": v.value, "unit": v.unit, "comparator": v.comparator,
                               "period": v.period, "text": v.text} if v else None
                              for y, v in zip(years, track.values, strict=True)],
                    "chart": spark(per_year)})
    return out


def diff_years(conn: sqlite3.Connection, key: str, old_year: int, new_year: int) -> DiffResult | None:
    docs = {d.year: r for r, d in documents_of(conn, key)}
    if old_year not in docs or new_year not in docs:
        return None
    return compare(docs[old_year], docs[new_year])
