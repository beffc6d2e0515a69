"""One search hit per passage, whatever the number of formats a plan was archived in.

The same plan stored as DOCX, PDF and a web copy yields the same section and block ids (they
derive from the title and heading path), so a passage is known by its document's series,
year and block id. A hit on a section heading folds into a hit on that section's text: the
heading alone says less than the paragraph under it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from jihua.pipeline.text.normalize import bare


@dataclass
class Passage:
    row: Mapping[str, Any]  # the best-ranked copy
    formats: list[str] = field(default_factory=list)  # every format the passage was found in
    heading_hit: bool = False  # the section's heading matched too


def passage_keys(row: Mapping[str, Any]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """Two ways to know a copy: its block id, and its section with its text (spacing and
    punctuation widths aside) for blocks whose ids differ between formats (the opening text)."""
    document = (row["series_key"], row["year"], row["year"] is None and row["title"])
    return (*document, row["block_id"]), (*document, row["section_id"], bare(row["text"]))


def _section_key(row: Mapping[str, Any]) -> tuple[Any, ...]:
    return (row["series_key"], row["year"], row["year"] is None and row["title"], row["section_id"])


_NEAR_COPY = 0.9  # a scanned copy's OCR text against the text layer's: a few characters apart


def _near_copy(candidates: list[Passage], row: Mapping[str, Any]) -> Passage | None:
    """The passage this row copies with a few characters read otherwise (a scanned copy's OCR
    against the text PDF's layer): its block and section ids may differ, its text hardly.
    (difflib, not compare.align's rapidfuzz ratio: importing that module adds 7 ms to a cold
    `archive search`, measured with -X importtime, a tenth of the command.)"""
    text = bare(row["text"])
    for p in candidates:
        if p.row["kind"] != row["kind"] or p.row["path"] == row["path"]:  # two passages of one file are two
            continue
        matcher = SequenceMatcher(None, bare(p.row["text"]), text, autojunk=False)
        if matcher.real_quick_ratio() >= _NEAR_COPY and matcher.quick_ratio() >= _NEAR_COPY \
                and matcher.ratio() >= _NEAR_COPY:
            return p
    return None


def collapse(rows: Iterable[Mapping[str, Any]]) -> list[Passage]:
    """Rows best first → passages best first, copies merged, heading hits folded into their text."""
    by_key: dict[tuple[Any, ...], Passage] = {}
    by_document: dict[tuple[Any, ...], list[Passage]] = {}
    passages: list[Passage] = []
    for row in rows:
        keys = passage_keys(row)
        document = keys[0][:3]
        passage = next((by_key[k] for k in keys if k in by_key), None) or _near_copy(by_document.get(document, []), row)
        if passage is None:
            passage = Passage(row)
            passages.append(passage)
            by_document.setdefault(document, []).append(passage)
        for k in keys:
            by_key.setdefault(k, passage)
        if row["format"] not in passage.formats:
            passage.formats.append(row["format"])
    with_text = {_section_key(p.row): p for p in reversed(passages) if p.row["kind"] != "heading"}
    out = []
    for p in passages:
        body = with_text.get(_section_key(p.row)) if p.row["kind"] == "heading" else None
        if body is None:
            out.append(p)
        else:
            body.heading_hit = True
    return out


def distinct_passages(run: Callable[[int], list[Any]], limit: int) -> list[Passage]:
    """The best `limit` distinct passages. `run(n)` returns rows for the index's n best matches;
    copies of a passage count once, so the index is read deeper until enough distinct ones are
    found or it runs out (every filter is applied inside the index, so fewer rows than asked
    for means there are no more)."""
    fetch = limit * 8
    while True:
        rows = run(fetch)
        passages = collapse(rows)
        if len(passages) >= limit or len(rows) < fetch:
            return passages[:limit]
        fetch *= 8
