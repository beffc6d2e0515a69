"""Set or reported within a year: a plan for part of a year (下半年, 四季度) tells what the part before it achieved,
and a tally of the year's goal done ("完成年度任务的60%") is reported; a plan's aimed result ("取得新成效") is no look back.
"""

from __future__ import annotations

from jihua.pipeline.part_names import heading_type

HALF_PLAN = """石屏县文化和旅游局2027年下半年工作计划

一、主要目标
上半年，全县接待游客218万人次，完成年度任务的52%；举办文旅活动46场。下半年，力争接待游客200万人次以上，确保全年举办文旅活动不少于90场。
二、重点工作
9月底前建成乡村旅游驿站3个。
"""

YEAR_PLAN = """石屏县文化和旅游局2027年工作计划

一、主要目标
上半年完成乡村旅游驿站建设3个，全年完成8个。
"""


def test_a_half_year_plan_reports_the_first_half(parser, tmp_path) -> None:
    """"上半年，…218万人次；举办…46场" in a 下半年工作计划 is done (the ； does not end its reach); "下半年，力争…" sets."""
    path = tmp_path / "half.txt"
    path.write_text(HALF_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert sorted(t.value for t in doc.achievements) == [46, 52, 218]
    assert sorted(t.value for t in doc.targets) == [3, 90, 200]


def test_a_whole_years_plan_sets_its_first_half_milestone(parser, tmp_path) -> None:
    path = tmp_path / "year.txt"
    path.write_text(YEAR_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert sorted(t.value for t in doc.targets) == [3, 8]
    assert not doc.achievements


def test_the_part_a_document_plans_from() -> None:
    from jihua.pipeline.rules.periods import plans_from
    assert plans_from("某镇2027年第四季度工作安排") == 10
    assert plans_from("某局2027年1—9月工作情况报告") == 10
    assert plans_from("某局2027年一季度工作计划") is None
    assert plans_from("某局2027年工作计划") is None


def test_a_result_aimed_at_is_no_look_back() -> None:
    """"取得新成效"/"取得明显成效" in a heading aim at a result; "取得了新成效", "工作成效" look back."""
    assert heading_type("一、坚持改革创新，在优化服务上取得新成效") is None
    assert heading_type("二、确保取得明显成效") is None
    assert heading_type("一、去年工作取得了新成效")[0] == "review"
    assert heading_type("一、主要工作成效")[0] == "review"


AIM_PLAN = """某县侨联2027年工作要点

一、坚持凝心聚力，在联络服务上取得新成效
每季度召开一次侨界座谈会，编印侨情通讯4期。
"""

AIM_SUMMARY = """某县侨联2026年工作总结

一、坚持凝心聚力，在联络服务上取得新成效
全年召开侨界座谈会4次，编印侨情通讯4期。
"""


def test_an_aimed_result_heading_sets_in_a_plan_and_reports_in_a_summary(parser, tmp_path) -> None:
    plan, summary = tmp_path / "plan.txt", tmp_path / "summary.txt"
    plan.write_text(AIM_PLAN, encoding="utf-8")
    summary.write_text(AIM_SUMMARY, encoding="utf-8")
    p, s = parser.parse(plan).documents[0], parser.parse(summary).documents[0]
    assert p.sections[0].type == "measures" and not p.achievements and len(p.targets) == 2
    assert s.sections[0].type == "review" and not s.targets and len(s.achievements) == 2
