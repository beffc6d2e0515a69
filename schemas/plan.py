"""The published shape of `jihua parse`: one file → documents → sections, typed and linked.

Keys required by shared/CONTRACT.md are kept as named there; everything else is additive.
`plan.schema.json` beside this module is generated from these models (`jihua schema`).
"""

from __future__ import annotations

from typing import Literal

from jihua.schemas.blocks import Provenance
from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2"

SectionType = Literal[
    "preamble", "guiding_ideology", "principles", "goals", "measures", "schedule", "safeguards",
    "evaluation", "review", "problems", "outlook", "other",
]
DocType = Literal["plan", "summary", "summary_plan", "other"]
Comparator = Literal[">=", "<=", "=", "≈"]
Stance = Literal["set", "reported"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceInfo(_Model):
    path: str
    format: str = Field(description="type sniffed from the content: docx, pptx, pdf, html, txt, md; doc, rtf, odt, ppt, odp "
                        "(read through LibreOffice as DOCX/PPTX)")
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
    """A metric with a figure: "国内生产总值增长6.5%左右" → 国内生产总值增长, 6.5 %, ≈."""

    id: str
    text: str = Field(description="the clause stating the target (from an indicator table: the indicator and its "
                                   "planned value as printed, \"经常参加体育锻炼人数比例≥40%\")")
    metric: str = Field(default="", description="what is measured: 国内生产总值增长, 城镇新增就业, 优抚资金发放率")
    value: float | int = Field(description="the figure as printed (2.38 in 2.38万亿元; a range's lower bound)")
    value_text: str = Field(default="", description="the figure as printed with its unit: 2.38万亿元, 5%—5.5%")
    normalized: float = Field(default=0.0, description="value with the printed scale applied: 2.38万亿元 → 2.38e12")
    unit: str = Field(description="unit as printed, scale included: 万人, 万亿元, 个百分点, %")
    base_unit: str = Field(default="", description="unit without its scale: 人, 元, %")
    comparator: Comparator = Field(description=">= 以上/不少于/至少/多; <= 以内/不超过; ≈ 左右/约/近; = otherwise")
    low: float | int | None = Field(default=None, description="lower bound of a range (5%—5.5% → 5)")
    high: float | int | None = Field(default=None, description="upper bound of a range (5%—5.5% → 5.5)")
    period: str | None = Field(default=None, description="每季度, 全年, 年内 … when stated")
    tier: Literal["floor", "expected", "stretch"] | None = Field(
        default=None, description="two figures set for one metric (\"确保完成45亿元、力争50亿元\"): floor (确保, 保底) "
                                  "or expected (no tier word: \"增长6%左右、力争6.5%\"), then stretch (力争, 冲刺); "
                                  "both carry the metric, the stretch's text the whole clause")
    year: int | None = Field(default=None, description="the year the target is for where the text names it: in its clause "
                                                       "(2024年完成…, 2026年底前…), a \"2025年：\" label or the heading "
                                                       "above (nearest wins)")
    stance: Stance = Field(default="set", description="set for the planned period, or reported as achieved")
    org: str | None = Field(default=None, description="responsible organisation where the sentence names one")
    time_nodes: list[str] = Field(default_factory=list, description="春节, 八一, 9月30日 … in the same clause")
    sentence: str = Field(default="", description="the sentence the clause stands in (a table row: its cells, ' | ' between)")
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
    date: str | None = Field(default=None, description="the date the closing lines (落款) print, else the title block's delivery date (——2025年1月8日在…), as printed")
    paragraphs: list[str] = Field(default_factory=list, description="opening text before the first heading")
    preamble_blocks: list[ContentBlock] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list, description="tables of the opening text, in order, as a section's "
                                "`tables` (a document with no headings, a 任务分解表, has its table here)")
    sections: list[Section]
    targets: list[Target] = Field(default_factory=list, description="figures set for the planned period")
    achievements: list[Target] = Field(default_factory=list,
                                       description="figures the document reports as achieved (never targets)")
    entities: Entities = Field(default_factory=Entities)
    closing: list[str] = Field(default_factory=list, description="落款: issuing org and date lines; a deck's closing slide (谢谢)")


class Furniture(_Model):
    text: str
    kind: str
    page: int | None = None


class Removed(_Model):
    text: str
    reason: str = Field(description="why the line was kept out of the body (site notice, caption, title block …)")


class ParseResult(_Model):
    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    documents: list[Document]
    furniture: list[Furniture] = Field(default_factory=list, description="page furniture set aside")
    removed: list[str] = Field(default_factory=list, description="web chrome and front matter removed")
    removed_reasons: list[Removed] = Field(default_factory=list,
                                           description="each removed line with why it was set aside, in the same order")
    warnings: list[str] = Field(default_factory=list)


Section.model_rebuild()


def walk(sections: list[Section]) -> list[Section]:
    """Sections and their descendants in reading order: the one walk of a parsed outline."""
    out: list[Section] = []
    for section in sections:
        out.append(section)
        out.extend(walk(section.children))
    return out
