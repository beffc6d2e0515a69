"""A plan's table rows as the trace reads them: what a timetable row plans, and which row a cell's target names.

A timetable row is read whole and cell by cell with its row header ("农村公路养护 | 制定养护计划 | …" plans
"农村公路养护：…"); a header row names columns, not a measure. A cell's target whose metric carries its row's name
is compared also without the name, unless another row's cells print the same work: then a summary's figure is
that row's only when it names the row over the others. Kept apart from `trace` so the matching of measures
and figures reads without the tables' bookkeeping.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from jihua.pipeline.rules.tables import SIDE_COLUMN, header_row
from jihua.pipeline.text.script import folded
from jihua.schemas import plan


class Words(Protocol):
    """What row matching needs of `trace_match.Matcher`: a text's content words, and their weighted cover."""

    def words(self, text: str) -> set[str]: ...

    def cover(self, want: set[str], got: set[str] | str) -> float: ...


def table_rows(doc: plan.Document) -> dict[str, tuple[str, ...] | None]:
    """Each table row as the diff flattens it → what it plans (`_row_readings`), or None for a header row
    ("时间 | 主要工作 | 责任单位", "指标 | 2024年实际 | 2025年目标值（%）"), which names columns, not a measure."""
    out: dict[str, tuple[str, ...] | None] = {}
    for table in _tables(doc):
        if not table.rows or not header_row(table.rows[0]):
            continue
        out[" | ".join(c for c in table.rows[0] if c)] = None
        head = [folded(c) for c in table.rows[0]]
        keep = [k for k, c in enumerate(head) if not SIDE_COLUMN.search(c)] or list(range(len(head)))
        for row in table.rows[1:]:
            out[" | ".join(c for c in row if c)] = _row_readings([row[k] for k in keep if k < len(row)])
    return out


def _tables(doc: plan.Document) -> list[plan.Table]:
    """The document's tables: its own (before any heading) and its parts'."""
    return [*doc.tables, *(t for section in plan.walk(doc.sections) for t in section.tables)]


def _row_readings(cells: list[str]) -> tuple[str, ...]:
    """What a row plans (its 工作内容 cells): the row whole, and each later cell read with the row's header,
    as the table is read ("农村公路养护 | 制定养护计划 | 优良中等路率达到85%" plans "农村公路养护：优良中等路率达到85%"):
    a cell alone names no subject, and the row whole is found only by a report of most of its cells."""
    filled = [c for c in cells if c.strip()]
    later = dict.fromkeys(filled[1:])  # a milestone repeated each quarter ("每月一次") is read once
    return ("，".join(cells), *(f"{filled[0]}：{c}" for c in later if len(filled) > 2))


def row_cells(row: str) -> tuple[str, ...]:
    """A flattened table row's filled cells: a target's sentence keeps the row's empty cells, the trace's rows do not."""
    return tuple(c for c in re.split(r"\s*\|\s*", row) if c)


class Compared(NamedTuple):
    """What a plan target is compared by (`compared_by`): its metrics, and for a timetable cell's target whose row's
    cells print what other rows' do, the words naming its row and each of those rows apart."""

    metrics: tuple[str, ...]
    row: frozenset[str] = frozenset()
    rivals: tuple[frozenset[str], ...] = ()


def compared_by(p: plan.Document, matcher: Words) -> dict[str, Compared]:
    """Each target's id → what it is compared by. A timetable cell's target whose metric carries its row's name
    ("基层能力提升" | "完成乡村医生培训400人次" → "基层能力提升完成乡村医生培训") is compared also by
    the metric the cell prints ("完成乡村医生培训"), the row's name (`_row_named`) an optional qualifier: a summary reports the
    work without it ("全年完成乡村医生培训820人次"). Not when other rows' cells print that metric too ("道路项目" |
    "完成投资3亿元", "供水项目" | "完成投资2亿元"): a figure is then a row's only when it names that row over the
    others (`names_row`): "道路项目完成投资5.2亿元" is no 供水项目 figure, "全年完成投资8亿元" neither's."""
    rows = [[c.strip() for c in row if c.strip()] for table in _tables(p) for row in table.rows]
    printed: dict[str, tuple[str, str]] = {}  # target id → (its row, the metric its cell prints)
    for t in p.targets:
        if (row := _row_named(t, rows)) is not None:
            printed[t.id] = (row, t.metric[len(row):])
    rows_printing: dict[frozenset[str], set[str]] = {}
    for row, own in printed.values():
        rows_printing.setdefault(frozenset(matcher.words(own)), set()).add(row)
    out = {t.id: Compared((t.metric or t.text,)) for t in p.targets}
    for t_id, (row, own) in printed.items():
        own_words = frozenset(matcher.words(own))
        others = [matcher.words(r) for r in rows_printing[own_words] - {row}]
        if not others:
            out[t_id] = Compared((*out[t_id].metrics, own))
            continue
        mine = matcher.words(row) - own_words
        out[t_id] = Compared(out[t_id].metrics, frozenset(mine.difference(*others)),
                              tuple(frozenset(o - mine - own_words) for o in others))
    return out


def _row_named(t: plan.Target, rows: list[list[str]]) -> str | None:
    """The row's name a table cell's target's metric opens with: another cell of the row its text stands in, which its
    text does not print ("基层能力提升" of "完成乡村医生培训400人次", metric "基层能力提升完成乡村医生培训"); None for
    any other target (a cell that names its row itself: "医疗质量检查每月一次")."""
    for cells in rows:
        if not any(t.text in c for c in cells):
            continue
        named = next((c for c in cells if t.metric.startswith(c) and len(t.metric) > len(c) and c not in t.text), None)
        if named is not None:
            return named
    return None


def names_row(c: Compared, matcher: Words, *texts: str) -> bool:
    """Whether a summary's words (joined by "|") may speak of the target's row: always, for a target no other row
    shares its metric with; else they name its row (half its own words at least) more than any other row —
    read in the nearest of `texts` that names a row at all: a figure's own clause ("供水项目完成投资1.5亿元"), then
    its sentence ("道路项目完成投资5.2亿元，供水项目…" names both)."""
    if not c.rivals or not c.row:
        return True
    for got in texts:
        mine, others = matcher.cover(set(c.row), got), [matcher.cover(set(rival), got) for rival in c.rivals]
        if mine or any(others):
            return mine >= 0.5 and all(mine > other for other in others)
    return False
