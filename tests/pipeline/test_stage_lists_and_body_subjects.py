"""Two heading edges: a schedule's stages listed in one paragraph, and a numbered heading glued to a body that
opens on a new subject, a body's name.

Every text here is written for these tests, in the shapes such documents take.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_HEAD = """东川县水务局2026年河道整治实施方案

为加快推进河道综合整治，改善全县水环境质量，结合我县实际，制定本方案。

一、工作目标
全县主要河道水质优良比例达到90%以上，河道保洁覆盖率100%。

二、进度安排
"""
_TAIL = """
三、保障措施
县财政安排河道整治专项资金不少于300万元，县水务局每季度通报一次工作进展。
"""
_LISTED = {
    "dated": "第一阶段（2026年2月）：宣传发动。第二阶段（2026年3月至9月）：集中清理整治。第三阶段（2026年10月至12月）：检查验收。",
    "named": "1.宣传发动阶段（2月）：召开动员会议。2.集中整治阶段（3—9月）：清理河道淤积。3.检查验收阶段（10—12月）：组织县级验收。",
}


def _parse(parser, tmp_path: Path, schedule: str):
    path = tmp_path / "plan.txt"
    path.write_text(_HEAD + schedule + "\n" + _TAIL, encoding="utf-8")
    return parser.parse(path).documents[0]


@pytest.mark.parametrize("shape", sorted(_LISTED))
def test_stages_listed_in_one_paragraph_are_none_of_them_headings(parser, tmp_path, shape: str) -> None:
    """The first stage is not made a heading over the others: the paragraph stays the schedule's text, whole."""
    doc = _parse(parser, tmp_path, _LISTED[shape])
    schedule = next(s for s in doc.sections if s.heading == "进度安排")
    assert schedule.children == []
    assert schedule.paragraphs == [_LISTED[shape]]


def test_stages_on_lines_of_their_own_are_still_headings(parser, tmp_path) -> None:
    lines = ["第一阶段（2026年2月）：宣传发动。召开全县动员会议，部署河道整治任务。",
             "第二阶段（2026年3月至9月）：集中清理整治。分片清理河道淤积，拆除沿河违章建筑。"]
    doc = _parse(parser, tmp_path, "\n".join(lines))
    schedule = next(s for s in doc.sections if s.heading == "进度安排")
    assert [c.heading for c in schedule.children] == ["第一阶段（2026年2月）", "第二阶段（2026年3月至9月）"]


def test_one_stage_mentioning_a_later_one_is_still_a_heading(parser, tmp_path) -> None:
    """Only the next stage, in the same numbering, lists the stages: a sentence naming another does not."""
    line = "第一阶段（2026年2月）：宣传发动。召开全县动员会议，为第三阶段检查验收做好准备。"
    doc = _parse(parser, tmp_path, line)
    schedule = next(s for s in doc.sections if s.heading == "进度安排")
    assert [c.heading for c in schedule.children] == ["第一阶段（2026年2月）"]


_SIBLINGS = ["规范河道管护，提升水域环境质效", "深化联防联治，守护流域生态安全", "健全考核机制，压实各级治水责任"]


@pytest.mark.parametrize(("text", "heading"), [
    ("加强组织保障，确保河道管护见效区防汛工作领导小组每月召开1次调度会议，研究解决重点问题。",
     "加强组织保障，确保河道管护见效"),
    ("强化统筹调度，确保整治任务见效县交通运输局负责沿河道路保洁，每周巡查不少于2次。",
     "强化统筹调度，确保整治任务见效"),
    ("完善工作机制，提升日常巡查水平各街道要建立巡河台账，每月报送一次巡查情况。",
     "完善工作机制，提升日常巡查水平"),
], ids=["leading-group", "bureau", "all-streets"])
def test_a_heading_among_titled_siblings_ends_before_a_body_that_opens_on_a_bodys_name(text: str, heading: str) -> None:
    from jihua.pipeline.run_in import series_split

    assert series_split(text, _SIBLINGS) == (heading, text[len(heading):])


def test_no_cut_before_a_bodys_name_the_headings_verb_still_reaches() -> None:
    """"…检查指导|区…领导小组落实…": the clause's verb waits for its object, the body's name; no cut before it."""
    from jihua.pipeline.run_in import series_split

    text = "加强组织保障，定期督促检查指导区防汛工作领导小组落实责任，统筹推进全区河道整治各项任务。"
    split = series_split(text, _SIBLINGS)
    assert split is None or not split[1].startswith("区防汛")
