"""Two kinds of part a study or teaching plan closes with: a short "…要求" part (what the plan asks of
those who carry it out: safeguards) and a timetable by month or week (schedule), named so or only
shown by its table. Headings, tables and plans are our own."""

from __future__ import annotations

from pathlib import Path

import docx
from jihua.pipeline import classify
from jihua.pipeline.model import Document, Section


def _section(heading: str, *children: Section) -> Section:
    return Section(number="", heading=heading, level=1, unit=None, children=list(children))


def _types(title: str, *sections: Section, doc_type: str = "plan") -> list[tuple[str, str]]:
    doc = Document(title=title, units=[], doc_type=doc_type)
    doc.sections = list(sections)
    classify.run(doc)
    return [(s.heading, s.type) for s in doc.all_sections()]


def test_a_short_requirements_part_is_safeguards_and_its_children_inherit() -> None:
    got = _types("南溪镇中心小学2026年教师培训计划",
                 _section("培训内容", _section("师德师风专题")),
                 _section("纪律要求", _section("按时签到，不得代签"), _section("培训笔记每月上交")),
                 _section("几点要求：各教研组认真组织"),
                 _section("具体要求"))
    assert got == [("培训内容", "measures"), ("师德师风专题", "measures"),
                   ("纪律要求", "safeguards"), ("按时签到，不得代签", "safeguards"), ("培训笔记每月上交", "safeguards"),
                   ("几点要求：各教研组认真组织", "safeguards"), ("具体要求", "safeguards")]


def test_requirements_other_parts_claim_or_a_task_sets_stay_theirs() -> None:
    got = _types("北岭社区2026年党员冬训方案",
                 _section("总体要求"), _section("目标要求"),
                 _section("重点任务", _section("落实安全要求"), _section("提高服务群众的要求")))
    assert got == [("总体要求", "guiding_ideology"), ("目标要求", "goals"), ("重点任务", "measures"),
                   ("落实安全要求", "measures"), ("提高服务群众的要求", "measures")]


def test_a_timetable_named_by_its_period_is_the_schedule_but_activities_stay_measures() -> None:
    got = _types("东湖中学2026年春季学期教研工作计划",
                 _section("活动安排"), _section("逐月安排"), _section("学期教学安排"), _section("周次工作安排"))
    assert got == [("活动安排", "measures"), ("逐月安排", "schedule"), ("学期教学安排", "schedule"),
                   ("周次工作安排", "schedule")]


def test_a_part_named_for_a_calendar_or_timetable_is_the_schedule_but_a_task_drawing_one_up_is_not() -> None:
    got = _types("青禾县实验幼儿园2026年秋季学期保教工作计划",
                 _section("月历安排"), _section("周历"), _section("园务工作安排表"), _section("时间表"),
                 _section("教研活动进度表"), _section("明确时间表，倒排工期"), _section("倒排进度表"))
    assert got == [("月历安排", "schedule"), ("周历", "schedule"), ("园务工作安排表", "schedule"),
                   ("时间表", "schedule"), ("教研活动进度表", "schedule"), ("明确时间表，倒排工期", "measures"),
                   ("倒排进度表", "measures")]


def test_a_task_that_draws_up_or_keeps_to_a_timetable_is_no_schedule_part() -> None:
    # the calendar word closes each heading, but a verb before it makes the timetable the work's object
    got = _types("石湾镇2026年人居环境整治实施方案",
                 _section("分解任务清单，编排工作进度表"), _section("执行整治进度表"), _section("恪守时间表"),
                 _section("夯实责任，明确路线图和时间表"), _section("建立问题台账和进度表"), _section("推行班子周历"))
    assert [t for _, t in got] == ["measures"] * 6


def test_a_calendar_named_as_the_part_itself_is_the_schedule() -> None:
    got = _types("柳塘小学2026年秋季学期德育工作计划",
                 _section("学期德育行事历"), _section("月历安排（9月—12月）"), _section("德育活动进度安排表"))
    assert [t for _, t in got] == ["schedule"] * 3


def _table(d: docx.document.Document, rows: list[list[str]]) -> None:
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def _study_plan(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("西林县农业农村局党组2026年理论学习中心组学习计划", style="Title")
    d.add_paragraph("为深化理论武装，结合本局实际，制定本计划。")
    d.add_paragraph("一、学习内容", style="Heading 1")
    d.add_paragraph("围绕乡村振兴、耕地保护等专题开展集中学习。")
    d.add_paragraph("二、学习进度", style="Heading 1")
    _table(d, [["月  份", "学习专题", "形式", "领学人"],
               ["3月", "耕地保护法律法规", "集中学习", "局长"],
               ["6月", "高标准农田建设政策", "专题研讨", "分管副局长"],
               ["9月", "农村集体经济发展", "实地调研", "分管副局长"]])
    d.add_paragraph("三、重点任务", style="Heading 1")
    _table(d, [["时间", "任务", "责任股室"], ["全年", "完成培训两期", "人事股"]])
    d.add_paragraph("四、任务分解", style="Heading 1")
    _table(d, [["序号", "任务", "完成时限"], ["1", "建立学习台账", "3月底"]])
    d.save(str(path))
    return path


def test_a_part_whose_body_is_a_month_table_is_the_schedule(parser, tmp_path) -> None:
    doc = parser.parse(_study_plan(tmp_path / "study.docx")).documents[0]
    got = [(s.heading, s.type) for s in doc.sections]
    # a measures cue keeps its part whatever its table; a table by 序号 is no timetable
    assert got == [("学习内容", "measures"), ("学习进度", "schedule"), ("重点任务", "measures"), ("任务分解", "measures")]
