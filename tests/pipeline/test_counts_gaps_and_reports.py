"""Counts that are targets, gaps that explain, events counted, shortfalls reported, reports with a plan half, and a
sign-off spaced out.

"全市9家企业营业收入超过8亿元" sets how many firms are to pass the bar (9 家 is a target); only a distributive word
("全部达到", "均不低于") makes the count the whole the figure is set for. "增长6.5%左右，增速高于全省平均1.5个百分点": a
subject that is only a move word points back to the figure before it. "每季度通报一次完成率" counts the telling;
"工程一次验收合格率" is first-pass. "完善提升16个中心功能并规范运行" sets work on 16 centres. "补短板仍有差距" reports a
shortfall. "…开展情况及下步打算的汇报" reports and plans. "中共某县委 宣传部" is one body. The documents are our own.
"""

from __future__ import annotations

import pytest
from jihua.pipeline.classify import heading_type
from jihua.pipeline.doc_kind import doc_type
from jihua.pipeline.model import Document
from jihua.pipeline.rules.titles import joint_signers
from jihua.pipeline.stance import stance
from jihua.pipeline.targets import find_targets

from tests.writers import write_txt


def _found(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_targets(sentence)]


# ---- a count is the target unless a distributive word makes it the whole a figure is set for --------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("到2027年，全市9家企业营业收入超过8亿元。", [(9, "家"), (8, "亿元")]),
    ("力争全区4个街道税收收入超过2亿元。", [(4, "个"), (2, "亿元")]),
    ("全市12家企业年销售额达到3亿元以上。", [(12, "家"), (3, "亿元")]),
    # the count spans the whole: every one of them is to reach the figure
    ("全县98个行政村集体经济经营性收入全部达到12万元以上。", [(12, "万元")]),
    ("全区30所学校食堂量化等级均不低于85分。", [(85, "分")]),
    ("全镇14个村集体收入都超过6万元。", [(6, "万元")]),
])
def test_a_count_of_those_to_pass_a_bar_is_a_target(sentence: str, expected: list) -> None:
    assert _found(sentence) == expected


# ---- a gap whose subject is only a move word explains the figure before it -------------------------------------

@pytest.mark.parametrize(("sentence", "kept"), [
    ("全县生产总值增长6.5%左右，增速高于全省平均1.5个百分点。", [(6.5, "%")]),
    ("规上工业增加值增长9%，增幅高于全市平均2个百分点。", [(9, "%")]),
    ("城镇居民人均可支配收入增长6%，增速快于经济增长0.5个百分点。", [(6, "%")]),
    ("外贸进出口总额增长5%，其增长率均高于全省平均1个百分点。", [(5, "%")]),
])
def test_a_gap_of_the_move_before_it_is_no_target(sentence: str, kept: list) -> None:
    assert _found(sentence) == kept


def test_a_gap_a_measure_of_its_own_is_set_stays_its_target() -> None:
    assert _found("山区农民人均收入增速快于城镇居民2个百分点以上。") == [(2, "个百分点")]
    assert _found("增速高于全省平均1.5个百分点。") == [(1.5, "个百分点")]  # no figure before it to explain


# ---- a share printed as 占…的 beside a running total due by the deadline ----------------------------------------

def test_a_share_of_a_running_total_due_by_the_deadline_is_set() -> None:
    due = "到2026年底，全县累计建成高标准农田38万亩，占永久基本农田的70%。"
    assert [stance(due, f.clause, None, 2026) for f in find_targets(due)] == ["set", "set"]
    # a total taken, or a fact as things stand, stays reported with its share
    for said in ("截至2025年底，全县已累计建成高标准农田31万亩，占永久基本农田的57%。",
                 "目前全县有规上企业86家，占全市的12%。"):
        assert [stance(said, f.clause, None, 2026) for f in find_targets(said)] == ["reported", "reported"]


# ---- 一次 after a verb of telling, or in a clause a period opens, counts the events --------------------------------

@pytest.mark.parametrize("sentence", ["每季度通报一次目标完成率。", "每月公布一次城区空气质量优良率。",
                                      "每半年发布一次河湖水质达标率。"])
def test_yici_told_at_a_period_is_a_frequency(sentence: str) -> None:
    assert _found(sentence) == [(1, "次")]


@pytest.mark.parametrize(("sentence", "kept"), [
    ("新建工程一次验收合格率达到100%。", [(100, "%")]),
    ("确保市政工程一次交验合格率98%以上。", [(98, "%")]),
])
def test_yici_opening_a_rates_name_stays_first_pass(sentence: str, kept: list) -> None:
    assert _found(sentence) == kept


# ---- work on things that exist, not their upkeep alone ------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("完善提升16个党群服务中心功能并规范运行。", [(16, "个")]),
    ("加强指导推动25家合作社规范化运营。", [(25, "家")]),
    ("强化督导确保40个村级服务站实现规范管理。", [(40, "个")]),
    ("规范镇退役军人服务站和9个村服务站运行。", []),  # upkeep: what exists, counted
    ("加强6个站点日常管理。", []),
])
def test_a_count_worked_on_is_set_one_kept_up_is_not(sentence: str, expected: list) -> None:
    assert _found(sentence) == expected


# ---- a remedy that falls short is a problem reported -----------------------------------------------------------

@pytest.mark.parametrize(("heading", "kind"), [
    ("民生保障补短板仍有差距", "problems"),
    ("基础设施补短板力度不够", "problems"),
    ("公共服务补短板有待加强", "problems"),
    ("补齐养老服务短板，缩小城乡差距", None),   # two remedies: the work
    ("抓设施补短板", None),
    ("补短板缩差距", None),
])
def test_a_shortfall_after_the_remedy_keeps_a_problems_part(heading: str, kind: str | None) -> None:
    named = heading_type(heading)
    assert (named[0] if named else None) == kind


# ---- a report on how work went and what comes next, presented as 汇报 -------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("关于全镇禁毒工作开展情况及下步工作打算的汇报", "summary_plan"),
    ("关于2025年文化旅游工作推进情况及2026年工作打算的汇报", "summary_plan"),
    ("关于全乡人居环境整治主要成效和明年工作思路的汇报", "summary_plan"),
    ("关于全镇禁毒工作开展情况的汇报", "summary"),
    ("松岗县文化旅游局2026年工作打算的汇报", "plan"),         # the plan presented, no look back
    ("松岗县文化旅游局2026年工作要点汇报", "plan"),
])
def test_a_report_of_how_work_went_then_a_plan_is_both(title: str, kind: str) -> None:
    assert doc_type(title, Document(title=title, units=[])) == kind


def test_a_report_and_plan_reads_its_look_back_as_reported(parser, tmp_path) -> None:
    lines = ["关于2025年文化旅游工作推进情况及2026年工作打算的汇报", "一、2025年工作推进情况",
             "全年接待游客320万人次，增长12%。", "二、2026年工作打算", "力争接待游客350万人次。"]
    [doc] = parser.parse(write_txt(tmp_path / "report.txt", lines)).documents
    assert doc.doc_type == "summary_plan"
    assert [s.type for s in doc.sections] == ["review", "measures"]
    assert [t.value for t in doc.targets] == [350] and {a.value for a in doc.achievements} == {320, 12}


# ---- a sign-off's part that names no place is a unit of the body before it -------------------------------------

@pytest.mark.parametrize(("line", "names"), [
    ("中共青山县委 宣传部", ["中共青山县委 宣传部"]),
    ("青山县农业农村局 综合执法大队", ["青山县农业农村局 综合执法大队"]),
    ("青山县自然资源局 城市规划科", ["青山县自然资源局 城市规划科"]),  # 城市 names no place
    ("中共松岗镇委员会 松岗镇人民政府", ["中共松岗镇委员会", "松岗镇人民政府"]),
    ("青山县发展和改革局 青山县统计局", ["青山县发展和改革局", "青山县统计局"]),
])
def test_a_sign_off_splits_only_into_bodies_of_their_own_place(line: str, names: list[str]) -> None:
    assert joint_signers(line) == names


def test_a_department_signed_under_its_party_committee_is_the_org(parser, tmp_path) -> None:
    lines = ["2026年宣传思想文化工作要点", "一、工作目标", "全年开展理论宣讲120场次。", "二、保障措施",
             "各单位要落实专人负责。", "中共青山县委 宣传部", "2026年2月6日"]
    [doc] = parser.parse(write_txt(tmp_path / "plan.txt", lines)).documents
    assert doc.org == "中共青山县委 宣传部"
