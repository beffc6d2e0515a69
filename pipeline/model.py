"""The working values the stages pass along: units of text, documents, sections.

These are plain mutable records for the pipeline's own use; `schemas/plan.py` is the
published shape they are turned into at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jihua.pipeline.rules.numbering import Label
from jihua.schemas.blocks import Block, Provenance

if TYPE_CHECKING:
    from jihua.pipeline.text.script import Restorer


@dataclass
class Unit:
    """One cleaned block: printed text, the extractor's hints, and what the outline made of it."""

    text: str
    block: Block
    label: Label | None = None
    body: str = ""  # text without its label
    role: str = "paragraph"  # after outline: heading, paragraph, item, table
    level: int = 0
    family: str = ""
    heading_cue: str = ""
    gap_before: bool = False  # a blank line stands before it in a plain-text source: a hard paragraph break

    @property
    def kind(self) -> str:
        return self.block.kind

    @property
    def rows(self) -> list[list[str]] | None:
        return self.block.rows

    @property
    def all_text(self) -> str:
        """The text it holds: a table's cells too (a plan that is one task table has its text there)."""
        return self.text if self.block.kind != "table" else " ".join(" ".join(row) for row in self.block.rows or [])


@dataclass
class Section:
    """A heading and what falls under it until the next heading of its level or above."""

    number: str
    heading: str
    level: int
    unit: Unit | None
    content: list[Unit] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    type: str = "other"
    type_cue: str = ""  # why it has its type, for people (`--explain`, the JSON's type_cue); no rule reads it
    type_inherited: bool = False  # the type came down from the part above, not from the heading's own words
    id: str = ""
    keywords: list[str] = field(default_factory=list)

    def walk(self) -> list[Section]:
        """This section, then its descendants depth-first: the one tree walk of the parse state."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(kw_only=True)
class Figure:
    """A quantity as a clause states it: the number (as printed, and normalised to one base
    unit), its unit, comparator, range and period, and the metric it measures."""

    value: float | int
    unit: str
    comparator: str
    period: str | None = None
    metric: str = ""
    value_text: str = ""
    normalized: float = 0.0
    base_unit: str = ""
    low: float | int | None = None
    high: float | int | None = None
    tier: str | None = None  # "floor" (确保, 保底) or "expected" (no tier word), then "stretch" (力争, 冲刺): one metric

    def figure(self) -> dict[str, Any]:
        """The figure's fields alone (to build a target from what was found, or the schema's target)."""
        return {f.name: getattr(self, f.name) for f in fields(Figure)}


@dataclass(kw_only=True)
class Target(Figure):
    """A figure set (or reported: `stance`) in one sentence of a document."""

    text: str
    org: str | None = None
    time: list[str] = field(default_factory=list)
    section_id: str | None = None
    sentence: str = ""
    id: str = ""
    prov: Provenance | None = None
    stance: str = "set"
    year: int | None = None


@dataclass
class Document:
    """One plan or summary inside a file (a compilation holds several)."""

    title: str
    units: list[Unit]
    titled: bool = True  # False: the text has no title line and `title` is a placeholder
    front: list[Unit] = field(default_factory=list)  # title block: subtitle, author, issuing org
    preamble: list[Unit] = field(default_factory=list)  # body before the first heading
    sections: list[Section] = field(default_factory=list)
    doc_type: str = "other"
    org: str | None = None
    year: int | None = None
    targets: list[Target] = field(default_factory=list)
    achievements: list[Target] = field(default_factory=list)  # figures reported as done, never targets
    entities: dict[str, list[str]] = field(default_factory=dict)
    closing: list[Unit] = field(default_factory=list)  # 落款: issuing org and date at the end
    annexes: list[list[Unit]] = field(default_factory=list)  # 附件 after the sign-off, each from its mark on
    date: str | None = None
    id: str = ""
    removed: list[tuple[str, str]] = field(default_factory=list)  # (line, why) set aside by its own stages: the file's `removed`

    def all_sections(self) -> list[Section]:
        """Every section in reading order (each top-level section's own walk)."""
        return [s for top in self.sections for s in top.walk()]


@dataclass
class ParseState:
    """Everything known about one file as it flows through the stages."""

    path: Path
    format: str
    blocks: list[Block]
    sha256: str
    units: list[Unit] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)
    chrome_reasons: list[tuple[str, str]] = field(default_factory=list)  # (line, why it was set aside)
    documents: list[Document] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    script_back: Restorer | None = None  # a traditional file: turns the parse back into its own characters
    web_copy: bool = False  # a page's copy (HTML, text, a browser's PDF), set by clean: it carries the page's chrome

    def set_aside(self, texts: list[str], reason: str) -> None:
        """Lines kept out of the body: listed in the output's `removed`, each with its reason."""
        self.chrome.extend(texts)
        self.chrome_reasons.extend((text, reason) for text in texts)
