"""One parsed document as flat rows (sections, items, targets): what the archive stores and
what a Ray run writes as Parquet, from one function so the two never drift apart."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from jihua.schemas import plan


@dataclass
class Flat:
    """Rows of one document; item tuples are (section_id, block_id, kind, text, section_type)."""

    sections: list[tuple[str, str | None, int, str | None, str, int, str]] = field(default_factory=list)
    items: list[tuple[str | None, str, str, str, str]] = field(default_factory=list)
    targets: list[tuple[Any, ...]] = field(default_factory=list)  # one value per TARGET_COLUMNS


# a target's columns, as the archive's targets table, a Ray run's targets.parquet and the
# export hold them: the figure as printed and normalised, so SQL can follow a metric over years
TARGET_COLUMNS = ("section_id", "target_id", "text", "value", "unit", "comparator", "period", "metric",
                  "value_text", "normalized", "base_unit", "low", "high")


def _target_row(t: plan.Target) -> tuple[Any, ...]:
    return (t.section_id, t.id, t.text, float(t.value), t.unit, t.comparator, t.period, t.metric, t.value_text,
            t.normalized, t.base_unit, None if t.low is None else float(t.low),
            None if t.high is None else float(t.high))


def walk(sections: list[plan.Section], parent: str | None = None) -> Iterator[tuple[plan.Section, str | None]]:
    for s in sections:
        yield s, parent
        yield from walk(s.children, s.id)


def _block_text(b: plan.ContentBlock) -> str:
    """A block's text as stored and searched: a table's rows ' | '-joined, its cells space-joined."""
    return b.text or " | ".join(" ".join(row) for row in (b.rows or []))


def flatten(doc: plan.Document) -> Flat:
    """Sections in reading order with their parent, every text block (headings included, tables
    as ' | '-joined rows) with its section type, and targets."""
    flat = Flat()
    flat.items = [(None, b.id, b.kind, text, "preamble") for b in doc.preamble_blocks if (text := _block_text(b))]
    for position, (s, parent) in enumerate(walk(doc.sections)):
        flat.sections.append((s.id, parent, position, s.number, s.heading, s.level, s.type))
        flat.items.append((s.id, s.id + "-h", "heading", f"{s.number}{s.heading}", s.type))
        for b in s.blocks:
            flat.items.append((s.id, b.id, b.kind, _block_text(b), s.type))
    flat.targets = [_target_row(t) for t in doc.targets]
    return flat
