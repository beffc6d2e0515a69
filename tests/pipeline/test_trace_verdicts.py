"""Trace verdicts must read the summary's result, not its restated goal; a figure or passage counts for a target
only when it does the same kind of work on the thing the target counts; a long measure is found by any one clause."""

from __future__ import annotations

from pathlib import Path

from jihua.pipeline.compare.trace import trace


def _traced(nlp_parser, tmp_path: Path, plan: str, summary: str):
    (tmp_path / "plan.txt").write_text(plan, encoding="utf-8")
    (tmp_path / "summary.txt").write_text(summary, encoding="utf-8")
    return trace(nlp_parser.parse(tmp_path / "plan.txt"), nlp_parser.parse(tmp_path / "summary.txt"), nlp_parser.nlp)


def _targets(result) -> dict[str, tuple[str, float | None]]:
    return {t.target.text: (t.status, t.reported_value) for t in result.targets}


PLAN_TRADE = """某区商务局2025年工作计划
一、主要目标
全年新增限上商贸企业40家，开展家政服务培训3000人次，新建农贸市场2个。
"""


def test_a_restated_goal_is_no_result(nlp_parser, tmp_path: Path) -> None:
    """"目标40家，实际新增36家": 36 is the result; a task restated beside its completion rate gives the count done."""
    result = _traced(nlp_parser, tmp_path, PLAN_TRADE, """某区商务局2025年工作总结
一、主要成效
全年新增限上商贸企业目标40家，实际新增36家。开展家政服务培训任务3000人次，完成率105%。新建农贸市场2个。
""")
    assert _targets(result) == {"全年新增限上商贸企业40家": ("not_met", 36), "开展家政服务培训3000人次": ("met", 3150),
                                "新建农贸市场2个": ("met", 2)}


def test_a_goal_reported_done_is_the_result(nlp_parser, tmp_path: Path) -> None:
    """"全年完成…目标任务40家" says the goal was reached: the figure is the result."""
    result = _traced(nlp_parser, tmp_path, PLAN_TRADE, """某区商务局2025年工作总结
一、主要成效
全年完成新增限上商贸企业目标任务40家。家政服务培训计划完成3000人次，实际培训2700人次。
""")
    got = _targets(result)
    assert got["全年新增限上商贸企业40家"] == ("met", 40)
    assert got["开展家政服务培训3000人次"] == ("not_met", 2700)


PLAN_WORKS = """某镇2025年工作要点
一、重点工作
（一）公共设施。新建农村公益性公墓4处，改扩建乡镇敬老院2所，建成村级文化广场6个。
（二）文明实践。落实每天社区阅读活动不少于1小时要求。
（三）安全稳定。开展社区消防检查不少于10次。
"""


def test_another_kind_of_work_on_the_same_object_is_no_result(nlp_parser, tmp_path: Path) -> None:
    """改造 is not 新建; 改扩建 is a kind of 改造 and 新建 of 建成, so those agree."""
    result = _traced(nlp_parser, tmp_path, PLAN_WORKS, """某镇2025年工作总结
一、工作成效
改造农村公益性公墓5处。改造乡镇敬老院2所。新建村级文化广场7个。开展社区消防检查12次。
""")
    got = _targets(result)
    assert got["新建农村公益性公墓4处"] == ("not_mentioned", None)
    assert got["改扩建乡镇敬老院2所"] == ("met", 2)
    assert got["建成村级文化广场6个"] == ("met", 7)
    assert got["开展社区消防检查不少于10次"] == ("met", 12)


def test_a_passage_sharing_only_the_setting_reports_no_target(nlp_parser, tmp_path: Path) -> None:
    """"社区阅读活动" counts 阅读 in a 社区: a passage on 社区消防检查 never mentions it."""
    result = _traced(nlp_parser, tmp_path, PLAN_WORKS, """某镇2025年工作总结
一、工作成效
新建村级文化广场7个。开展社区消防检查12次，整改隐患30处。
""")
    reading = next(t for t in result.targets if "阅读" in t.target.text)
    assert (reading.status, reading.match) == ("not_mentioned", None)
    measure = next(m for m in result.measures if "阅读" in m.text)
    assert measure.status == "not_mentioned"


PLAN_CIVIL = """某县民政局2025年工作计划
一、重点工作
推进城乡环境整治一体化，实施生活垃圾收运体系和中转站标准化改造，健全村级保洁员管理制度，加强垃圾分类督导，让群众住上洁净家园。
做好困难残疾人、重度残疾人两项补贴发放工作，确保应发尽发，推动残疾人康复服务提质增效。
加强殡葬领域政策宣传，引导群众移风易俗。
"""


def test_a_long_measure_is_reported_by_any_one_clause(nlp_parser, tmp_path: Path) -> None:
    """One clause found ("加强垃圾分类督导" ~ "开展垃圾分类督导检查280次") reports the measure; a clause sharing one
    common word (宣传) with a passage does not."""
    result = _traced(nlp_parser, tmp_path, PLAN_CIVIL, """某县民政局2025年工作总结
一、主要工作
新建垃圾中转站3座，全年开展垃圾分类督导检查280次。发放困难残疾人生活补贴、重度残疾人护理补贴共计312万元。
开展低保政策宣传进村入户活动26场。
""")
    got = {m.text[:6]: (m.status, m.match) for m in result.measures}
    assert got["推进城乡环境"][0] == "reported" and "督导检查" in (got["推进城乡环境"][1] or "")
    assert got["做好困难残疾"][0] == "reported" and "护理补贴" in (got["做好困难残疾"][1] or "")
    assert got["加强殡葬领域"] == ("not_mentioned", None)
