"""A flood or drainage standard's return period is a figure set: "防洪标准达到50年一遇" → 50 年一遇; "遭遇50年一遇的洪水"
names an event, no standard."""

from __future__ import annotations

import pytest
from jihua.pipeline.targets import find_targets


@pytest.mark.parametrize(("sentence", "expected"), [
    ("城区防洪标准达到50年一遇。", [(50, "年一遇", "=")]),
    ("县城防洪标准提高到50年一遇，重点集镇防洪标准达到二十年一遇。", [(50, "年一遇", "="), (20, "年一遇", "=")]),
    ("农田排涝标准达到10年一遇以上。", [(10, "年一遇", ">=")]),
])
def test_a_standards_return_period_is_a_target(sentence, expected) -> None:
    found = list(find_targets(sentence))
    assert [(f.value, f.unit, f.comparator) for f in found] == expected
    assert all(f.metric.endswith("标准") for f in found), [f.metric for f in found]
    assert not [f for f in find_targets("去年汛期遭遇50年一遇的强降雨。") if f.unit == "年一遇"]
