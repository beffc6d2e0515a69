"""A series of plans over the years: what persists, what is new each year, how targets move."""

from __future__ import annotations

from jihua.schemas.diff import DiffResult, Side, TargetSide
from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TargetTrack(_Model):
    label: str = Field(description="the target's wording (latest year)")
    metric: str = Field(default="", description="what is measured (latest year): 国内生产总值增长, 城镇新增就业")
    unit: str = ""
    values: list[TargetSide | None] = Field(description="one per document, in order; null where absent")


class Step(_Model):
    year: int | None
    title: str
    kept: int
    added: int
    removed: int
    added_items: list[str] = Field(default_factory=list)
    removed_items: list[str] = Field(default_factory=list)


class SeriesView(_Model):
    documents: list[Side]
    steps: list[Step]
    targets: list[TargetTrack]
    persistent: list[str] = Field(description="measures present every year (in the latest year's wording)")
    pairs: list[DiffResult] = Field(default_factory=list)
