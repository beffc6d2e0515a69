"""What qualifies a figure and what a figure qualifies: compound herd counters, a population added to, a rate per
span of time, a figure sizing a condition or describing the subject of a clause, 已 on an object, a spatial 规划,
and a named set of works carried through. Sentences are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.stance import heading_context, stance
from jihua.pipeline.targets import find_targets


def _read(sentence: str) -> list[tuple]:
    return [(f.value, f.unit, f.comparator) for f in find_targets(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a herd counted by head of large and small stock, or of fowl and stock, is one compound counter
    ("全旗羊牛存栏稳定在86万头只左右。", [(86, "万头只", "≈")]),
    ("家禽年出栏达到120万羽只以上。", [(120, "万羽只", ">=")]),
    # a capacity per span of time is one unit
    ("新增污水处理能力300吨/日。", [(300, "吨/日", "=")]),
    ("全县集中供水能力达到3万立方米/天以上。", [(3, "万立方米/天", ">=")]),
])
def test_compound_and_per_span_units(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


def test_a_population_added_to_is_the_growth_set_not_the_population_described() -> None:
    assert _read("新增园区常住人口800人以上。") == [(800, "人", ">=")]
    assert _read("净增城区户籍人口2000人。") == [(2000, "人", "=")]
    assert _read("全镇常住人口2.3万人。") == []


def test_a_bounded_measure_in_a_condition_is_none_but_a_count_reached_is() -> None:
    """A bounded measure before 的 in a clause on whom a measure is for names a condition, whatever names the measure."""
    assert _read("对设计日处理规模500立方米/天以下的站点，逐一建立台账。") == []
    assert _read("对日供水1000吨以上的水厂开展水质抽检。") == []
    assert _read("对辖区内加油站开展安全检查达到4次。") == [(4, "次", "=")]


def test_a_figure_describing_the_subject_of_its_clause_is_none_but_the_work_itself_is() -> None:
    """"完成投资1.5亿元的…工程年内进入验收阶段": the figure says which project; the stage it reaches is the commitment."""
    assert _read("完成投资1.5亿元的滨河片区排涝工程年内进入验收阶段。") == []
    assert _read("总投资3亿元的冷链物流园上半年开工。") == []
    assert _read("全年完成水利投资1.5亿元。") == [(1.5, "亿元", "=")]
    assert _read("组建不少于30人的森林防火应急队伍。") == [(30, "人", ">=")]


def test_a_set_of_works_carried_through_is_named_not_counted() -> None:
    """"办好十件便民实事", as "打好三大攻坚战", carries through a set named by its count; "实施十件…" makes ten."""
    assert _read("用心办好十件便民实事。") == []
    assert _read("统筹推进十件为民实事。") == []
    assert _read("全年实施十件便民实事。") == [(10, "件", "=")]


def test_already_after_a_preposition_qualifies_the_object_not_the_clause() -> None:
    """"对已改造户厕开展回头看": 已 names which toilets, the work is the plan's."""
    sentence = "对已建成的村级服务站开展回头看，问题整改率达到100%。"
    assert stance(sentence, "问题整改率达到100%", None, 2026) == "set"
    assert stance("将已脱贫人口全部纳入监测，监测覆盖率达到100%。", "监测覆盖率达到100%", None, 2026) == "set"
    assert stance("全县已改造户厕3000户。", "全县已改造户厕3000户", None, 2026) == "reported"


def test_a_spatial_plan_names_no_period() -> None:
    assert heading_context("（一）加强集镇规划建设", 2026) is None
    assert heading_context("二、推进国土空间规划编制", 2026) is None
    assert heading_context("（二）“十四五”规划主要目标", 2026) == "long_term"
    assert heading_context("一、发展规划目标", 2026) == "long_term"


def test_targets_under_a_heading_on_village_planning_are_set(parser, tmp_path: Path) -> None:
    text = ("某镇2026年乡村建设工作方案\n一、重点任务\n（一）加强集镇规划建设\n1.优化村庄布局\n"
            "分类推进村庄建设，编制村庄实用性规划12个。\n二、保障措施\n加强督查考核。\n")
    path = tmp_path / "village.txt"
    path.write_text(text, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(12, "个")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a share counts what reaches the stage: the goal
    ("确保85%以上的招商签约项目年内落地开工。", [(85, "%", ">=")]),
    ("力争70%的市级重点项目年底前竣工投产。", [(70, "%", "=")]),
    # a verb before the 的-phrase makes the thing it sizes: the goal
    ("年内建成日处理能力5000吨的垃圾焚烧厂并投入使用。", [(5000, "吨", "=")]),
    ("新建全长8公里的滨江大道年底前竣工通车。", [(8, "公里", "=")]),
    ("推动建筑面积2.5万平方米的妇幼保健院新院区投入使用。", [(2.5, "万平方米", "=")]),
    # the sum or size the clause opens with only says which project
    ("建筑面积1.8万平方米的文体中心下半年开工。", []),
    ("计划投资4.2亿元的港区物流园年内竣工。", []),
])
def test_a_figure_sizes_the_subject_only_as_the_sum_or_size_its_clause_opens_with(sentence: str, expected: list) -> None:
    """"总投资3亿元的…上半年开工" names the project; "确保80%以上的…年内开工", "新建长度12公里的…竣工" set the figure."""
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # what the work reaches, counted by a share or an area: the goal
    ("对全市95%以上的自然村开展人居环境整治。", [(95, "%", ">=")]),
    ("对全县85%以上的小微企业开展消防安全培训。", [(85, "%", ">=")]),
    ("对全乡2000亩以上的低效果园进行改造。", [(2000, "亩", ">=")]),
    # a measure's bound before what holds it, or a share after its rate: a condition
    ("对设计日供水500吨以上的水厂逐一开展水质检测。", []),
    ("对经营面积80亩以上的种植大户给予补贴。", []),
    ("对资产负债率75%以上的国有企业开展风险评估。", []),
])
def test_a_bound_share_or_area_is_a_condition_only_as_a_measure_of_what_holds_it(sentence: str, expected: list) -> None:
    """"对…90%以上的行政村开展…" counts the villages reached; "对资产负债率70%以上的企业" names which firms."""
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # what 推进/办好 carry through is counted, in words as in digits
    ("年内推进三十个背街小巷提升改造。", [(30, "个", "=")]),
    ("全年推进十八个城镇污水管网改造项目。", [(18, "个", "=")]),
    ("推进十四条乡村旅游公路提档升级。", [(14, "条", "=")]),
    # a named set carried through is its name, in words as in digits
    ("扎实办好十五件惠民实事。", []),
    ("扎实办好15件惠民实事。", []),
    ("统筹推进十大民生工程。", []),
    # a set made or bounded is counted
    ("全年办成15件以上惠民实事。", [(15, "件", ">=")]),
])
def test_a_set_carried_through_is_named_only_for_a_set_noun(sentence: str, expected: list) -> None:
    """"推进二十个老旧小区改造" counts; "办好十件民生实事" and "办好10件民生实事" name the set alike."""
    assert _read(sentence) == expected


def test_already_on_the_object_reports_in_a_look_back_that_commits_to_nothing() -> None:
    """"近年来，…。对已建成的36个服务站开展回头看": in a paragraph framed as past, 已 on the object reports the work."""
    framed = "多年来，全乡持续完善养老服务网络。"
    sentence = "对已挂牌的28个村级幸福院全部开展等级评定。"
    clause = sentence.rstrip("。")
    assert stance(sentence, clause, None, 2026, before=framed) == "reported"
    sentence = "今年以来，乡民政办向已纳入监测的460户家庭送去慰问品。"
    assert stance(sentence, "乡民政办向已纳入监测的460户家庭送去慰问品", None, 2026) == "reported"
    # no past frame, or a sentence that commits: the work is the plan's
    sentence = "对已挂牌的28个村级幸福院全部开展等级评定。"
    assert stance(sentence, clause, None, 2026) == "set"
    sentence = "年内将对已挂牌的28个村级幸福院全部开展等级评定。"
    assert stance(sentence, sentence.rstrip("。"), None, 2026, before=framed) == "set"


def test_an_addition_governs_the_population_only_with_a_place_at_most_between() -> None:
    """"新增园区常住人口800人" sets the growth; "今年新增的3个社区常住人口1.5万人" describes the places added."""
    assert _read("净增新城片区常住人口1200人以上。") == [(1200, "人", ">=")]
    assert (2.6, "万人", "=") not in _read("去年新增的4个居民小区常住人口2.6万人。")
