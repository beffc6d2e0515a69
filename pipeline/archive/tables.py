"""One parsed document as flat rows (sections, items, targets): what the archive stores and
what a Ray run writes as Parquet, from one function so the two never drift apart."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from jihua.schemas import plan


@dataclass
class Flat:
    """Rows of one document; item tuples are (section_id, block_id, kind, text, section_type)."""

    sections: list[tuple[str, str | None, int, str | None, str, int, str]] = field(default_factory=list)
    items: list[tuple[str | None, str, str, str, str]] = field(default_factory=list)
    targets: list[tuple[str | None, str, str, float, str, str, str | None]] = field(default_factory=list)


def walk(sections: list[plan.Section], parent: str | None = None) -> Iterator[tuple[plan.Section, str | None]]:
    for s in sections:
        yield s, parent
        yield from walk(s.children, s.id)


def flatten(doc: plan.Document) -> Flat:
    """Sections in reading order with their parent, every text block (headings included, tables
    as ' | '-joined rows) with its section type, and targets."""
    flat = Flat()
    flat.items = [(None, b.id, "paragraph", b.text, "preamble") for b in doc.preamble_blocks if b.text]
    for position, (s, parent) in enumerate(walk(doc.sections)):
        flat.sections.append((s.id, parent, position, s.number, s.heading, s.level, s.type))
        flat.items.append((s.id, s.id + "-h", "heading", f"{s.number}{s.heading}", s.type))
        for b in s.blocks:
            text = b.text or " | ".join(" ".join(row) for row in (b.rows or []))
            flat.items.append((s.id, b.id, b.kind, text, s.type))
    flat.targets = [(t.section_id, t.id, t.text, float(t.value), t.unit, t.comparator, t.period) for t in doc.targets]
    return flat
