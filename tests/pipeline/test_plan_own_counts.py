"""Counts that describe the document itself or what already exists, not figures it sets (`not_targets`,
`figure_scope`): the scope it applies to, the parts it is built of, the bodies merged into a new one; and a year that
dates the object of an earlier clause (`rules.targets.DATED_SINCE`). Sentences are our own."""

from __future__ import annotations

import pytest
from jihua.pipeline.rules import targets as R
from jihua.pipeline.stance import stance
from jihua.pipeline.targets import find_targets


def _read(sentence: str) -> list[tuple]:
    return [(f.value, f.unit) for f in find_targets(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the clause stating what the document covers: every count of its list describes the scope
    ("本实施方案适用于全镇7个社区、52个村民小组。", []),
    ("适用范围为开发区3个街道、28个社区。", []),
    # …not a scope widened, nor 适用于 as "suited to" inside a measure
    ("适用范围扩大到15个乡镇。", [(15, "个")]),
    ("推广适用于丘陵山区小型农机100台。", [(100, "台")]),
])
def test_the_documents_own_scope_is_no_target(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the parts the document is laid out in, after a verb that lays them out (a count after a count of parts too)
    ("全镇梳理形成5个方面16项重点任务，确保按期完成。", []),
    ("围绕3个领域梳理出24条具体措施。", []),
    ("本方案包括四大行动、18条措施。", []),
    ("聚焦3个方面开展专项整治，整改问题40个。", [(40, "个")]),
    # carrying them out, a part still to be worked out, or what is made counts
    ("完成16项重点任务。", [(16, "项")]),
    ("实施15项民生实事。", [(15, "项")]),
    ("研究提出6项改革措施。", [(6, "项")]),
    ("形成4个特色产业集群。", [(4, "个")]),
    # the set carried through reads as before, in words as in digits, unless a bound holds it
    ("用心办好八件民生实事。", []),
    ("办好9件以上民生实事。", [(9, "件")]),
])
def test_the_documents_own_parts_are_no_target(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # what exists, merged into a new body: the body made is the figure, its text its own
    ("整合14个村卫生室组建两个卫生服务集团。", [("组建两个卫生服务集团", 2, "个")]),
    ("撤并9个行政村组建3个新型农村社区，推行网格化管理。", [("组建3个新型农村社区", 3, "个")]),
    ("将11个文化站合并为4个综合文化中心。", [("合并为4个综合文化中心", 4, "个")]),
    # merged with nothing made is the work itself; money merged is a sum
    ("撤并教学点7所。", [("撤并教学点7所", 7, "所")]),
    ("统筹整合涉农资金2600万元。", [("统筹整合涉农资金2600万元", 2600, "万元")]),
])
def test_bodies_merged_into_a_new_one_are_what_exists(sentence: str, expected: list) -> None:
    assert [(f.clause, f.value, f.unit) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize(("sentence", "clause"), [
    ("对2019年以来新修乡村道路开展“回头看”，路面破损修复率达到98%。", "路面破损修复率达到98%"),
    ("对2020年以来建成的农村公路开展排查，病害处置率达到95%。", "病害处置率达到95%"),
    ("对2012年以前建成桥梁开展检测，危桥处置率达到100%。", "危桥处置率达到100%"),
])
def test_a_year_dating_an_earlier_clauses_object_leaves_a_later_clause_set(sentence: str, clause: str) -> None:
    assert stance(sentence, clause, "ahead", 2026) == "set"


def test_only_since_or_before_a_prepositions_object_is_dated_without_its_de() -> None:
    assert R.undated("对2019年以来新修乡村道路开展回头看") == "对新修乡村道路开展回头看"
    assert R.dated_objects("确保2027年以前建成文化中心") == []  # after a verb, a deadline
    assert R.dated_objects("2019年以来新修乡村道路120公里") == []  # the year opens its clause
    assert stance("2019年以来，全县新修乡村道路120公里。", "全县新修乡村道路120公里", "ahead", 2026) == "reported"


@pytest.mark.parametrize(("sentence", "expected"), [
    # parts the plan commits to make: after a planning word or the year, or a verb of making, whatever lays them out
    ("年内要形成8项改革举措。", [(8, "项")]),
    ("力争形成12项创新举措。", [(12, "项")]),
    ("打造形成4个特色农业板块，综合产值达到9亿元。", [(4, "个"), (9, "亿元")]),
    # 提出 alone proposes what it counts; a frame's count of fields is described, the measures proposed are counted
    ("提出15项整改措施。", [(15, "项")]),
    ("从4个方面提出18条举措。", [(18, "条")]),
    # the frame a piece of work turns on is described: the inspection is the commitment, with no count of its own
    ("围绕9项重点任务开展专项督查。", []),
    # laid out by 细化/梳理, or grouped by aspects or classes: the layout, not carried out
    ("细化出6类40项具体措施。", []),
    ("明确了5个方面22项具体任务。", []),
    ("完成5个方面22项重点任务。", [(22, "项")]),
    ("今年要梳理形成20项改革任务。", [(20, "项")]),
])
def test_parts_the_plan_makes_are_counted(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a scope widened by new members sets how far
    ("实施范围新增9个社区，累计达到25个。", [(9, "个"), (25, "个")]),
    ("适用范围新纳入4个乡镇。", [(4, "个")]),
    # the scope opener carries across a colon into the list after it
    ("适用范围：高新区4个街道、31个社区。", []),
    ("本计划适用范围为：城区6个街道、58个居民小区。", []),
    # …not a colon after other words
    ("主要任务：新建4个街道服务站。", [(4, "个")]),
])
def test_the_scope_opener_carries_across_a_colon(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the body made opens the next clause, or is built
    ("整合4个村，组建1个中心社区。", [("组建1个中心社区", 1, "个")]),
    ("整合8个小水厂建成区域供水厂3座。", [("建成区域供水厂3座", 3, "座")]),
    # …a next clause that makes something else leaves the merged count a count of the work
    ("整合4个村，新建党群服务中心1个。", [("整合4个村", 4, "个"), ("新建党群服务中心1个", 1, "个")]),
])
def test_the_body_merged_into_may_open_the_next_clause(sentence: str, expected: list) -> None:
    assert [(f.clause, f.value, f.unit) for f in find_targets(sentence)] == expected


def test_a_count_inside_an_object_dated_since_keeps_its_year() -> None:
    """"对2019年以来新修的42公里农村公路开展回头看": the stock counted inside the dated object is built since that year,
    not the work; the clause after it, a rate the plan sets, stays set."""
    sentence = "对2019年以来全县累计新修的42公里农村公路开展回头看，病害处治率达到100%。"
    found = {f.value: f.clause for f in find_targets(sentence)}
    assert stance(sentence, found[42], "ahead", 2026) == "reported"  # (a plan's tasks part)
    assert stance(sentence, found[100], "ahead", 2026) == "set"
    # a count after the verb the object is worked with is the work's own
    later = "对2019年以来新修道路开展回头看整治病害路段30处。"
    assert [stance(later, f.clause, "ahead", 2026) for f in find_targets(later)] == ["set"]
