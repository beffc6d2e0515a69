"""How a target's change reads in the diff report: a figure made a cap is a tightening."""

from __future__ import annotations

from jihua.pipeline.compare.target_pairs import target_change
from jihua.pipeline.report.markdown import target_change_text
from jihua.schemas import plan


def _target(text: str, value: float, comparator: str) -> plan.Target:
    return plan.Target(id="t", text=text, metric=text[: text.index("比例") + 2], value=value, value_text=f"{value}%",
                       normalized=value, unit="%", base_unit="%", comparator=comparator, stance="set")


def test_an_approximate_figure_made_a_cap_reads_as_tightened() -> None:
    """"重污染天数比例3%左右 → 3%以内" is not raised by 0: the same figure is now a ceiling."""
    old, new = _target("重污染天数比例3%左右", 3, "≈"), _target("重污染天数比例控制在3%以内", 3, "<=")
    change = target_change(old, new, {})
    assert (change.direction, change.delta) == ("raised", 0)
    assert target_change_text(change).startswith("↑ 收紧")
    assert target_change_text(target_change(new, old, {})).startswith("↓ 放宽")


def test_a_floor_raised_still_reads_as_raised() -> None:
    change = target_change(_target("优良天数比例达到80%以上", 80, ">="), _target("优良天数比例达到85%以上", 85, ">="), {})
    assert target_change_text(change) == "↑ 提高 5个百分点"
