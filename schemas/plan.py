"""The published shape of `jihua parse`: one file → documents → sections, typed and linked.

Keys required by shared/CONTRACT.md are kept as named there; everything else is additive.
`plan.schema.json` beside this module is generated from these models (`jihua schema`).
"""

from __future__ import annotations

from typing import Literal

from jihua.schemas.blocks import Provenance
from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

SectionType = Literal[
    "preamble", "guiding_ideology", "principles", "goals", "measures", "schedule", "safeguards",
    "evaluation", "review", "problems", "outlook", "other",
]
DocType = Literal["plan", "summary", "summary_plan", "other"]
Comparator = Literal[">=", "<=", "="]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceInfo(_Model):
    path: str
    format: str = Field(description="type sniffed from the content: docx, pptx, pdf, html, txt, md, doc")
    sha256: str
    pages: int | None = Field(default=None, description="pages (PDF) or slides (PPTX)")
    ocr_pages: list[int] = Field(default_factory=list, description="pages read by OCR")


class ContentBlock(_Model):
    """One paragraph, list entry or table under a section, with a stable id and provenance."""

    id: str
    kind: Literal["paragraph", "item", "table"]
    text: str = ""
    label: str | None = Field(default=None, description="numbering label of a list entry (\"1、\", \"一是\")")
    rows: list[list[str]] | None = None
    prov: Provenance


class Table(_Model):
    id: str
    rows: list[list[str]]


class Section(_Model):
    id: str = Field(description="stable: derived from the heading path and text")
    number: str = Field(description="numbering label as printed (\"一、\", \"（二）\", \"01\"), \"\" if none")
    heading: str = Field(description="heading text without its label")
    level: int = Field(ge=1, description="1 = outermost heading level of the document")
    type: SectionType
    type_cue: str = Field(default="", description="why this type: the cue word or rule that decided it")
    heading_cue: str = Field(default="", description="why this line is a heading")
    paragraphs: list[str] = Field(default_factory=list, description="body text of this section only, in order")
    blocks: list[ContentBlock] = Field(default_factory=list, description="the same body with ids, labels, tables")
    tables: list[Table] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    prov: Provenance | None = None
    children: list[Section] = Field(default_factory=list)


class Target(_Model):
    """A quantified commitment: "组织军民共建活动不少于5次" → 5 次, >=."""

    id: str
    text: str = Field(description="the clause stating the target")
    value: float | int
    unit: str
    comparator: Comparator
    period: str | None = Field(default=None, description="每季度, 全年, 年内 … when stated")
    org: str | None = Field(default=None, description="responsible organisation where the sentence names one")
    time_nodes: list[str] = Field(default_factory=list, description="春节, 八一, 9月30日 … in the same sentence")
    sentence: str = ""
    section_id: str | None = None
    prov: Provenance | None = Field(default=None, description="where the sentence stands in the file")


class Entities(_Model):
    orgs: list[str] = Field(default_factory=list)
    time_nodes: list[str] = Field(default_factory=list)
    money: list[str] = Field(default_factory=list)


class Document(_Model):
    id: str
    title: str
    doc_type: DocType
    org: str | None
    year: int | None
    date: str | None = Field(default=None, description="date in the closing lines (落款), as printed")
    paragraphs: list[str] = Field(default_factory=list, description="opening text before the first heading")
    preamble_blocks: list[ContentBlock] = Field(default_factory=list)
    sections: list[Section]
    targets: list[Target] = Field(default_factory=list)
    entities: Entities = Field(default_factory=Entities)
    closing: list[str] = Field(default_factory=list, description="落款: issuing org and date lines")


class Furniture(_Model):
    text: str
    kind: str
    page: int | None = None


class ParseResult(_Model):
    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    documents: list[Document]
    furniture: list[Furniture] = Field(default_factory=list, description="page furniture set aside")
    removed: list[str] = Field(default_factory=list, description="web chrome and front matter removed")
    warnings: list[str] = Field(default_factory=list)


Section.model_rebuild()
