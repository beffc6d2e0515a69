"""Parts named for a state of things: under a plan's work it is what the work inspects; as a report's
own part ("…主要工作及成效") it is the work reported."""

from __future__ import annotations

import pytest
from jihua.pipeline import classify
from jihua.pipeline.model import Document, Section


def _section(heading: str, *children: Section) -> Section:
    return Section(number="", heading=heading, level=1, unit=None, children=list(children))


def test_a_state_named_under_a_plans_work_is_what_it_inspects() -> None:
    doc = Document(title="某市燃气安全专项整治工作方案", units=[], doc_type="plan", year=2025)
    doc.sections = [
        _section("整治重点",
                 _section("燃气经营企业安全管理制度落实情况"), _section("餐饮场所报警装置安装运行情况"),
                 _section("督查考核")),
    ]
    classify.run(doc)
    assert [c.type for c in doc.sections[0].children] == ["measures", "measures", "evaluation"]


def test_a_reports_part_on_the_work_and_what_it_achieved_reviews_it() -> None:
    doc = Document(title="某县水利局2024年工作总结和2025年工作思路", units=[], doc_type="summary_plan", year=2024)
    doc.sections = [
        _section("2024年主要工作及成效", _section("水旱灾害防御"), _section("农村供水保障")),
        _section("2024年重点工作开展情况"),
        _section("2025年工作思路", _section("加快灌区续建配套")),
    ]
    classify.run(doc)
    assert [s.type for s in doc.sections] == ["review", "review", "measures"]  # the plan half: its tasks
    assert [c.type for c in doc.sections[0].children] == ["review", "review"]



def test_a_plans_parts_on_what_it_will_build_and_achieve_stay_the_plans() -> None:
    """"…内容与成果", "预期目标和成效" name what a plan sets out to do, not work done."""
    doc = Document(title="某县2026年智慧农业建设实施方案", units=[], doc_type="plan", year=2026)
    doc.sections = [_section("建设内容与成果"), _section("预期目标和成效"), _section("保障措施")]
    classify.run(doc)
    assert [s.type for s in doc.sections] == ["measures", "goals", "safeguards"]


@pytest.mark.parametrize(("heading", "kind", "task"), [
    ("2026年工作打算", "measures", "measures"),  # named for the planned year: the plan half, its tasks
    ("下一步打算", "outlook", "outlook"),  # undated: it looks ahead, its parts a plan's still
])
def test_the_plan_half_of_a_summary_and_plan_types_the_plan_parts_it_names(heading: str, kind: str, task: str) -> None:
    """CONTRACT: a child takes its parent's type unless its own heading clearly names another. In the plan
    half of a 总结和计划 the parts are a plan's: its goals, its tasks and what secures them."""
    doc = Document(title="某镇2025年工作总结和2026年工作计划", units=[], doc_type="summary_plan", year=2025)
    doc.sections = [
        _section("2025年工作总结", _section("聚焦产业发展")),
        _section(heading, _section("主要目标"), _section("重点任务", _section("壮大村级集体经济")),
                 _section("加强组织保障"), _section("创新工作思路，提升服务水平")),
    ]
    classify.run(doc)
    plan = doc.sections[1]
    assert (doc.sections[0].type, plan.type) == ("review", kind)
    # (a task worded round a part word names no part)
    assert [c.type for c in plan.children] == ["goals", "measures", "safeguards", task]
    assert plan.children[1].children[0].type == "measures"


def test_a_one_clause_part_name_with_its_verb_is_still_the_part() -> None:
    doc = Document(title="某镇2025年工作总结和2026年工作打算", units=[], doc_type="summary_plan", year=2025)
    doc.sections = [_section("2025年工作总结"), _section("2026年工作打算", _section("明确发展目标"))]
    classify.run(doc)
    assert doc.sections[1].children[0].type == "goals"
