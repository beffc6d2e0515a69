"""Which part of the year governs a figure: a share of the year's task done ("完成年度任务的40%") is a tally only
with a past marker or a finished part before it; a part word inside a modifier ("巩固上半年…成果") dates nothing; a
term a plan cites from another document is not its own; a heading's result named for a past year looks back.
"""

from __future__ import annotations

YEAR_PLAN = """梧溪县交通运输局2027年工作计划

一、主要目标
全年完成交通固定资产投资9亿元。
二、重点工作
农村公路改造分季推进，一季度完成年度任务的20%，上半年完成年度任务的55%，三季度末完成年度任务的80%。
截至目前，已完成年度任务的10%。
"""

HALF_PLAN = """梧溪县交通运输局2027年下半年工作计划

一、上半年进展
上半年，全县改造农村公路64公里，完成年度任务的48%。
二、下半年重点工作
巩固上半年路域整治成果，力争新增通客车行政村15个。
针对上半年检查发现的隐患，开展安全专项整治4轮。
对照上半年进度，三季度末完成年度任务的70%，新建港湾式停靠站9处。
"""


def test_a_share_of_the_years_task_due_by_a_part_ahead_is_set(parser, tmp_path) -> None:
    """"一季度完成年度任务的20%" in a whole year's plan is a milestone; "已完成年度任务的10%" a tally."""
    path = tmp_path / "year.txt"
    path.write_text(YEAR_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert sorted(t.value for t in doc.targets) == [9, 20, 55, 80]
    assert [t.value for t in doc.achievements] == [10]


def test_a_half_year_plan_reports_only_what_its_first_half_governs(parser, tmp_path) -> None:
    """"上半年，…64公里" is done; "巩固上半年…成果，力争…15个", "针对上半年…隐患，…4轮" and "三季度末完成…70%" set."""
    path = tmp_path / "half.txt"
    path.write_text(HALF_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert sorted(t.value for t in doc.achievements) == [48, 64]
    assert sorted(t.value for t in doc.targets) == [4, 9, 15, 70]


def test_the_governing_part_opens_the_clause_or_stands_alone() -> None:
    from jihua.pipeline.rules.periods import governing_part
    lead = governing_part("一季度，全镇新增市场主体210户；完成抽检80批次")
    assert lead is not None and lead.group(0).startswith("一季度")
    assert governing_part("一季度，全镇新增210户；四季度，力争新增300户").group(0).startswith("四季度")  # type: ignore[union-attr]
    assert governing_part("总结上半年督查经验，新增试点5个") is None
    assert governing_part("上半年检查发现的隐患整改率达到100%") is None


def test_a_term_cited_from_another_plan_is_not_the_plans_own(parser, tmp_path) -> None:
    """"依据《某省…规划》，规划期限为2021—2035年，…制定本方案": the cited plan's term; 本方案's own term dates it."""
    from jihua.pipeline.rules.periods import stated_term
    assert stated_term(["依据《梧溪市综合交通规划》，规划期限为2021—2035年，结合本地实际，制定本方案。"]) is None
    assert stated_term(["为推进绿色出行，制定本方案。本方案实施期限为2026—2028年。"]) == (2026, 2028)
    assert stated_term(["实施期限：2026年至2027年。"]) == (2026, 2027)
    path = tmp_path / "plan.txt"
    path.write_text("梧溪县绿色交通提升实施方案\n\n依据《梧溪市综合交通规划》，规划期限为2021—2035年，结合本地实际，"
                    "制定本方案。\n一、工作目标\n2027年新增新能源公交车40辆，2028年建成充电桩300个。\n", encoding="utf-8")
    assert parser.parse(path).documents[0].year != 2021


def test_a_result_a_past_year_reached_is_a_look_back(parser, tmp_path) -> None:
    """"一、2026年交通工作取得新进展" in a 2027 plan reviews 2026; "三、在路网建设上取得新成效" stays the plan's aim."""
    path = tmp_path / "plan.txt"
    path.write_text("梧溪县交通运输局2027年工作计划\n\n一、2026年交通工作取得新进展\n全县改造农村公路120公里。\n"
                    "二、2027年工作目标\n改造农村公路100公里。\n三、在路网建设上取得新成效\n新建桥梁6座。\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [s.type for s in doc.sections] == ["review", "goals", "measures"]
