"""A series of plans over the years: what persists, what is new each year, how targets move."""

from __future__ import annotations

from jihua.schemas.diff import DiffResult, SectionChange, Side, TargetSide
from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TargetTrack(_Model):
    label: str = Field(description="what is measured (latest year's metric; its wording when it names none)")
    metric: str = Field(default="", description="what is measured (latest year): 国内生产总值增长, 城镇新增就业")
    unit: str = Field(default="", description="the unit the row reads in (latest year's): every year's figure in it")
    values: list[TargetSide | None] = Field(description="one per document, in order; null where absent")


class Step(_Model):
    """One year against the year before; the first year, compared with none, counts nothing (null)."""

    year: int | None
    title: str
    kept: int | None = Field(description="items carried over (as they were, reworded or moved)")
    added: int | None
    removed: int | None
    changed: int | None = Field(default=None, description="of the kept items, those reworded")
    sections: list[SectionChange] = Field(default_factory=list,
                                          description="parts moved, merged, split or renamed since the year before")
    added_items: list[str] = Field(default_factory=list)
    removed_items: list[str] = Field(default_factory=list)


class SeriesView(_Model):
    documents: list[Side]
    steps: list[Step]
    targets: list[TargetTrack]
    persistent: list[str] = Field(description="measures present every year (in the latest year's wording)")
    pairs: list[DiffResult] = Field(default_factory=list)
