"""How a plain web copy prints a figure: a blank between its unit and its bound ("98% 以上", "15个 左右"), the bound still the
figure's (the goals paragraph's second clause reads as a floor, as printed without the blank); a note's circled mark
left glued after a word, no part of the metric."""

from __future__ import annotations

import pytest
from jihua.pipeline.targets import find_targets


@pytest.mark.parametrize("blank", [" ", "\u3000", "\u00a0"])
def test_a_bound_after_a_blank_is_the_figures(blank) -> None:
    sentence = f"全县家庭医生签约服务覆盖率达到95%，药品抽检合格率达到98%{blank}以上，新建村卫生室15个{blank}左右。"
    found = [(f.metric, f.value, f.comparator) for f in find_targets(sentence)]
    assert found == [("家庭医生签约服务覆盖率", 95, "="), ("药品抽检合格率", 98, ">="), ("新建村卫生室", 15, "≈")]


def test_a_notes_circled_mark_glued_after_a_word_is_no_part_of_the_metric() -> None:
    """A plain copy keeps the mark a page raised ("新建高标准农田①3.5万亩"): the text as printed, the metric without it."""
    [found] = find_targets("全年新建高标准农田①3.5万亩。")
    assert (found.metric, found.value, found.clause) == ("新建高标准农田", 3.5, "全年新建高标准农田①3.5万亩")
