"""The published shape of `jihua diff`: sections, items and targets with a change status.

Keys required by shared/CONTRACT.md are kept as named there; the rest is additive. A
change's `kinds` say what happened ("renamed", "moved", "content", "value", "period", "year_shift").
An item that changed part with its wording kept has status "moved" (and `moved: true`); a reworded
one that changed part stays "changed" with `moved: true`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DIFF_SCHEMA_VERSION = "1.2"
SectionStatus = Literal["same", "changed", "added", "removed", "moved"]
ItemStatus = Literal["same", "changed", "added", "removed", "moved"]
TargetStatus = Literal["same", "changed", "added", "removed"]
EditOp = Literal["equal", "delete", "insert", "replace"]  # difflib's opcode tags


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Side(_Model):
    path: str
    title: str
    year: int | None
    org: str | None = None
    format: str = ""
    doc_type: str = ""


class InlineOp(_Model):
    """One step of a word-level edit script: equal, delete, insert or replace. Each side keeps its own
    text, so an equal step's sides may differ by the plan year alone (2025年 / 2026年)."""

    op: EditOp
    old: str = ""
    new: str = ""


class SectionChange(_Model):
    status: SectionStatus
    old_heading: str | None
    new_heading: str | None
    old_number: str | None = None
    new_number: str | None = None
    type: str
    similarity: float = Field(description="how alike the two parts read, headings and bodies together (a rename "
                              "with its body kept is well below 1); for merged and split, the share of the part's "
                              "sentences that went into (came from) the other part")
    kinds: list[str] = Field(default_factory=list, description="renamed, moved, content, rewritten; merged (an old "
                             "part whose sentences went into a kept part), split (a new part whose sentences came "
                             "from a kept part)")
    body_similarity: float = Field(default=0.0, description="how alike the two bodies are (a reworded part pairs on it)")
    old_id: str | None = None
    new_id: str | None = None
    level: int | None = None


class ItemChange(_Model):
    status: ItemStatus
    old: str | None
    new: str | None
    section: str = Field(description="heading of the section holding the item (new side when it exists)")
    old_section: str | None = None
    new_section: str | None = None
    moved: bool = Field(default=False, description="found under a part that is not its old part's counterpart "
                        "(the part it was renamed to, split into or merged into), or out of its order inside "
                        "the counterpart (kind reordered)")
    similarity: float = 0.0
    inline: list[InlineOp] = Field(default_factory=list, description="what changed inside a changed item")
    kinds: list[str] = Field(default_factory=list, description="year_shift: the only difference is the plan year "
                             "rolled forward (2025年10月 → 2026年10月); reordered: moved inside its part; "
                             "lead_added / lead_removed: only a run-in lead (\"一是加强队伍建设。\") was added or dropped, "
                             "the measure kept (status same); split / merged: one sentence became two or two one, "
                             "the two shown joined on their side")


class TargetSide(_Model):
    text: str
    metric: str = ""
    value: float | int
    unit: str
    comparator: str = "="
    normalized: float | None = Field(default=None, description="value with its scale applied (万/亿/万亿)")
    base_unit: str = ""
    low: float | int | None = None
    high: float | int | None = None
    period: str | None = None
    time_nodes: list[str] = Field(default_factory=list, description="春节, 八一 … named with the target")
    tier: str | None = Field(default=None, description="floor (确保) or expected (no tier word), then stretch (力争): two figures for one metric")


class TargetChange(_Model):
    status: TargetStatus
    old: TargetSide | None
    new: TargetSide | None
    section: str = ""
    item: str | None = Field(default=None, description="the sentence that states the target (new side when it exists)")
    kinds: list[str] = Field(default_factory=list,
                             description="value, comparator, range, period, time; unit (a rate against its "
                             "percentage points, 3% → 3个百分点, or another unit of one dimension, 亩 → 公顷); wording (a "
                             "reworded clause); measure (one subject counted another way: 培训农民500人次 → 举办培训班20期)")
    direction: Literal["raised", "lowered", "unchanged"] | None = None
    delta: float | None = None


class Counts(_Model):
    same: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    moved: int = 0


class Summary(_Model):
    sections: Counts = Field(default_factory=Counts)
    items: Counts = Field(default_factory=Counts)
    targets: Counts = Field(default_factory=Counts)
    targets_raised: int = 0
    targets_lowered: int = 0
    sections_renamed: int = 0
    sections_rewritten: int = Field(default=0, description="renamed parts whose bodies were rewritten, not edited")
    year_shifts: int = Field(default=0, description="sections and items whose only change is the plan year rolled "
                             "forward")


class DiffResult(_Model):
    schema_version: str = DIFF_SCHEMA_VERSION
    old: Side
    new: Side
    similarity: float = Field(description="0..1, how much of the wording is shared")
    summary: Summary = Field(default_factory=Summary)
    sections: list[SectionChange]
    items: list[ItemChange]
    targets: list[TargetChange]
    warnings: list[str] = Field(default_factory=list)
