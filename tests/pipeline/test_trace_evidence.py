"""Trace evidence must name what the plan item names: a word the whole plan shares (its theme) is no
evidence; a timetable row is read with its row header; a lead-in sentence is no measure."""

from __future__ import annotations

from pathlib import Path

import docx
from jihua.pipeline.compare.trace import trace


def _parsed(nlp_parser, tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return nlp_parser.parse(path)


PLAN_SPORTS = """某县文化体育局2025年工作计划
一、工作目标
全年举办县级体育赛事不少于12项，社会体育指导员达到600人。
二、重点工作
（一）完善全民健身设施。新建社区健身中心10个、体育公园3个。
（二）丰富体育赛事活动。举办县级体育赛事不少于12项，承办市级以上体育赛事2项。
（三）壮大体育人才队伍。培训社会体育指导员200人次。
（四）深化学校体育改革。保障中小学生每天校园体育活动1小时。
（五）发展体育产业。培育体育产业示范基地2个。
"""
SUMMARY_SPORTS = """某县文化体育局2025年工作总结
2025年，县文化体育局坚持以人民为中心，扎实推进体育强县建设，各项工作取得新成效。
一、主要工作成效
（一）全民健身设施持续完善。全年新建社区健身中心10个，更新健身器材320件。
（二）体育赛事精彩纷呈。全年举办县级体育赛事15项，承办市级以上赛事3项。
（三）体育人才队伍不断壮大。培训社会体育指导员260人次，全县社会体育指导员达到640人。
二、存在的问题
场地设施供给仍不充足。
"""


def test_a_word_the_whole_plan_shares_is_no_evidence(nlp_parser, tmp_path: Path) -> None:
    """体育 is in most of a sports plan's items and names none: the opening's "推进体育强县建设" does not
    report "体育公园3个", the twin of "新建社区健身中心10个", which its own figure meets."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_SPORTS)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", SUMMARY_SPORTS)
    result = trace(plan, summary, nlp_parser.nlp)
    got = {t.target.text: (t.status, t.reported_value) for t in result.targets}
    assert got["体育公园3个"] == ("not_mentioned", None)
    assert got["新建社区健身中心10个"] == ("met", 10)
    assert got["培训社会体育指导员200人次"] == ("met", 260)
    measures = {m.text[:6]: m.status for m in result.measures}
    assert measures["新建社区健身"] == "reported"  # by its first twin's figure
    assert measures["培育体育产业"] == "not_mentioned"


PLAN_ROADS = """某县交通运输局2026年工作要点
一、重点工作
（一）加强道路运输安全监管
每月开展一次道路运输安全检查。推进客运站智能监控改造，重点客运站视频监控覆盖率达到100%。
（二）提升农村客运服务
新开通镇村公交线路4条。
"""
SUMMARY_ROADS = """某县交通运输局2026年工作总结
一、主要工作成效
（一）安全生产形势平稳。强化道路运输安全监管，坚持每月开展安全检查，全年检查12次，整改隐患64处。
（二）农村客运服务提升。全年新开通镇村公交线路5条。
"""


def test_a_parts_heading_found_reports_only_the_measure_that_shares_its_passage(
        nlp_parser, tmp_path: Path) -> None:
    """The heading "加强道路运输安全监管" is found whole in the monthly inspections' passage: that reports the
    inspections, not the camera refit beside them, which shares no word with it, nor its coverage target."""
    plan = _parsed(nlp_parser, tmp_path, "plan.txt", PLAN_ROADS)
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", SUMMARY_ROADS)
    result = trace(plan, summary, nlp_parser.nlp)
    assert [(m.text[:6], m.status) for m in result.measures] == [
        ("每月开展一次", "reported"), ("推进客运站智", "not_mentioned"), ("新开通镇村公", "reported")]
    got = {t.target.text: t.status for t in result.targets}
    assert got["重点客运站视频监控覆盖率达到100%"] == "not_mentioned"
    assert got["新开通镇村公交线路4条"] == "met"


TIMETABLE = [["工作事项", "第一季度", "第二季度", "第三季度", "第四季度", "责任股室"],
             ["农村公路养护", "制定年度养护计划", "完成县道大中修30公里", "开展路况检测", "优良中等路率达到85%以上", "公路股"],
             ["货车超限治理", "制定治超工作方案", "开展联合执法", "开展联合执法", "完成年度考核", "执法大队"]]


def _timetable_plan(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("某县交通运输局2026年工作计划", style="Title")
    d.add_paragraph("一、重点工作", style="Heading 1")
    d.add_paragraph("（一）推进城乡客运一体化。优化城乡公交线网，出租车空驶率控制在30%以下。")
    d.add_paragraph("（二）改善农村出行条件。推动农村公路提档升级，新建港湾式停靠站40个，重点抓好以下工作：")
    d.add_paragraph("二、进度安排", style="Heading 1")
    d.add_paragraph("各项任务按季度推进，具体安排如下。")
    table = d.add_table(rows=len(TIMETABLE), cols=len(TIMETABLE[0]))
    for r, row in enumerate(TIMETABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(str(tmp_path / "plan.docx"))
    return tmp_path / "plan.docx"


def test_a_timetable_row_is_read_with_its_header_and_a_lead_in_is_no_measure(nlp_parser, tmp_path: Path) -> None:
    """A cell is read with its row's header ("农村公路养护：优良中等路率达到85%以上"), as the table is: the
    report of that rate reports the row; the 治超 row, never reported, stays not mentioned. "具体安排如下。"
    only introduces the table; a sentence that sets tasks before its "以下工作：" and a bound "30%以下" are measures."""
    plan = nlp_parser.parse(_timetable_plan(tmp_path))
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "某县交通运输局2026年工作总结\n一、主要工作成效\n"
                      "（一）城乡客运。优化城乡公交线网，调整线路9条，出租车空驶率降至27%。\n"
                      "（二）农村出行条件改善。全县农村公路优良中等路率达到87.3%，新建港湾式停靠站42个。\n")
    result = trace(plan, summary, nlp_parser.nlp)
    assert [(m.text[:6], m.status) for m in result.measures] == [
        ("优化城乡公交", "reported"), ("推动农村公路", "reported"),
        ("农村公路养护", "reported"), ("货车超限治理", "not_mentioned")]


OPENING_FORM = [["重点工作", "第一季度", "第二季度", "责任人"],
                ["村道硬化", "硬化村道3公里", "硬化村道5公里", "周某某"],
                ["河道保洁", "每周清理河道2次", "每周清理河道2次", "吴某某"],
                ["文化广场", "完成广场选址", "建成文化广场1处", "郑某某"]]


def _opening_form(tmp_path: Path, heading: str | None) -> Path:
    d = docx.Document()
    d.add_paragraph("青禾乡2026年重点工作任务分解表", style="Title")
    if heading:
        d.add_paragraph(heading, style="Heading 1")
    table = d.add_table(rows=len(OPENING_FORM), cols=len(OPENING_FORM[0]))
    for r, row in enumerate(OPENING_FORM):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(str(tmp_path / "form.docx"))
    return tmp_path / "form.docx"


def test_a_table_before_any_heading_is_traced_as_a_parts_table_is(nlp_parser, tmp_path: Path) -> None:
    """A 任务分解表 with no headings keeps its table at the document level: its rows are the plan's measures,
    traced as they are when the same table stands under "一、重点工作"."""
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", "青禾乡2026年工作总结\n一、主要成效\n"
                      "全年硬化村道8.2公里，坚持每周清理河道2次，乡村面貌明显改善。\n")
    traced = []
    for heading in (None, "一、重点工作"):
        plan = nlp_parser.parse(_opening_form(tmp_path, heading))
        traced.append([(m.text[:4], m.status) for m in trace(plan, summary, nlp_parser.nlp).measures])
    assert traced[0] == traced[1]
    assert traced[0] == [("村道硬化", "reported"), ("河道保洁", "reported"), ("文化广场", "not_mentioned")]


WORKS_TIMETABLE = [["重点项目", "上半年", "下半年", "牵头科室"],
                   ["城区道路项目", "完成投资1.5亿元", "完成投资3亿元", "市政科"],
                   ["排水管网项目", "完成投资0.8亿元", "完成投资2亿元", "排水科"],
                   ["能力作风建设", "培训环卫工人300人次", "培训环卫工人600人次", "环卫科"]]


def _works_plan(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("某市城市管理局2026年工作计划", style="Title")
    d.add_paragraph("一、进度安排", style="Heading 1")
    table = d.add_table(rows=len(WORKS_TIMETABLE), cols=len(WORKS_TIMETABLE[0]))
    for r, row in enumerate(WORKS_TIMETABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(str(tmp_path / "works.docx"))
    return tmp_path / "works.docx"


def _works_traced(nlp_parser, tmp_path: Path, reported: str) -> dict[tuple[str, str], tuple[str, float | None]]:
    plan = nlp_parser.parse(_works_plan(tmp_path))
    summary = _parsed(nlp_parser, tmp_path, "summary.txt", f"某市城市管理局2026年工作总结\n一、主要工作成效\n{reported}\n")
    return {(t.target.metric[:2], t.target.text): (t.status, t.reported_value)
            for t in trace(plan, summary, nlp_parser.nlp).targets}


def test_a_timetable_cells_target_is_met_by_a_figure_that_omits_its_rows_name(nlp_parser, tmp_path: Path) -> None:
    """A cell's target is qualified by its row ("能力作风建设" + "培训环卫工人600人次"); a summary that
    reports the work as the cell prints it, without the row's name, reports that target."""
    got = _works_traced(nlp_parser, tmp_path, "（一）全年培训环卫工人650人次。")
    assert got[("能力", "培训环卫工人300人次")] == ("met", 650)
    assert got[("能力", "培训环卫工人600人次")] == ("met", 650)


def test_a_figure_naming_one_row_is_no_other_rows_that_prints_the_same_work(nlp_parser, tmp_path: Path) -> None:
    """Two rows print "完成投资": a figure the summary gives for one row by its name ("城区道路项目完成投资")
    is that row's only, though the rows' names share a word (项目); the other row's targets are met or missed by
    their own row's figure — in its own clause of a sentence naming both — or by none. A figure naming no row
    ("全年完成投资") may total both: it is neither row's."""
    got = _works_traced(nlp_parser, tmp_path, "（一）城区道路项目完成投资3.4亿元，改造道路12条。")
    assert got[("城区", "完成投资3亿元")] == ("met", 3.4)
    assert got[("排水", "完成投资2亿元")] == ("not_mentioned", None)
    for both in ("（一）城区道路项目完成投资3.4亿元，改造道路12条。\n（二）排水管网项目完成投资1.6亿元，新建管网18公里。",
                 "（一）城区道路项目完成投资3.4亿元，排水管网项目完成投资1.6亿元。"):
        got = _works_traced(nlp_parser, tmp_path, both)
        assert got[("城区", "完成投资3亿元")] == ("met", 3.4)
        assert got[("排水", "完成投资2亿元")] == ("not_met", 1.6)
        assert got[("排水", "完成投资0.8亿元")] == ("met", 1.6)
    got = _works_traced(nlp_parser, tmp_path, "（一）全年完成投资3.4亿元，项目建设有序推进。")
    assert all(value is None for (row, _), (_, value) in got.items() if row in ("城区", "排水"))
