"""The shape of `jihua trace`: each planned measure and target, and what the summary says of it."""

from __future__ import annotations

from typing import Literal

from jihua.schemas.diff import Side, TargetSide
from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MeasureTrace(_Model):
    text: str
    section: str
    status: Literal["reported", "not_mentioned"]
    similarity: float
    match: str | None = Field(default=None, description="the summary passage that reports it")
    match_section: str | None = None


class TargetTrace(_Model):
    target: TargetSide
    section: str
    status: Literal["met", "not_met", "reported", "not_mentioned"] = Field(
        description="met / not_met by metric and figure against what the summary reports, over the months it sums up; "
                    "reported: without a figure that decides the target (none comparable, a total to date, or a report "
                    "on part of the year short of a target not yet due: in progress)")
    reported_value: float | int | None = Field(default=None, description="the summary's figure, in the plan target's unit (12650人次 against 1万人次 is 1.265)")
    similarity: float = 0.0
    match: str | None = None


class TraceCounts(_Model):
    measures_reported: int = 0
    measures_not_mentioned: int = 0
    targets_met: int = 0
    targets_not_met: int = 0
    targets_reported: int = 0
    targets_not_mentioned: int = 0


class TraceResult(_Model):
    plan: Side
    summary: Side
    counts: TraceCounts
    measures: list[MeasureTrace]
    targets: list[TargetTrace]
    warnings: list[str] = Field(default_factory=list, description="e.g. plan and summary given the wrong way round")
