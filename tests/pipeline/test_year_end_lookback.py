"""A year-end speech's look back, and a 党建 plan's own building among its tasks.

A part whose heading affirms the results already won ("充分肯定成绩") reviews the year, whatever the
document's kind; a paragraph that opens on the year so far ("今年以来，…") reports its figures, a forecast of the
year's outcome ("预计全年…") too. Under a part of tasks, a kind of the body's own building (作风建设, 纪律建设) is a task.
"""

from __future__ import annotations

from jihua.pipeline import classify
from jihua.pipeline.classify import heading_type
from jihua.pipeline.model import Document, Section
from jihua.pipeline.stance import stance


def _section(heading: str, *children: Section) -> Section:
    return Section(number="", heading=heading, level=1, unit=None, children=list(children))


def test_a_heading_affirming_results_won_is_a_review() -> None:
    assert heading_type("充分肯定成绩，坚定做好农业农村工作的信心") == ("review", "肯定成绩")
    assert heading_type("巩固成绩，扩大成果") is None  # acts on a result: a task
    assert heading_type("奋力取得更大成绩") is None


def test_a_speech_part_affirming_results_reviews_a_plans_consolidation_stays_a_task() -> None:
    speech = Document(title="在全市农业农村工作会议上的讲话", units=[], doc_type="other", year=2026)
    speech.sections = [_section("客观肯定成绩，增强做好工作的底气"), _section("突出工作重点，全力推进乡村振兴")]
    classify.run(speech)
    assert [s.type for s in speech.sections] == ["review", "measures"]
    plan = Document(title="某镇2026年农业工作计划", units=[], doc_type="plan", year=2026)
    plan.sections = [_section("主要任务", _section("巩固成绩，扩大特色种植规模")), _section("巩固脱贫成绩，接续推进乡村振兴")]
    classify.run(plan)
    assert [s.type for s in plan.all_sections()] == ["measures", "measures", "measures"]


FORECAST = "预计全年实现农业总产值95.3亿元，同比增长4.1%；新增家庭农场36家。"


def test_the_year_so_far_reports_its_figures_and_forecast() -> None:
    """"今年以来，…。预计全年实现…" in a year-end speech's review part: the year's outcome reported, not set; a
    sentence opening on the year so far in a background part or a summary reports too; the same forecast alone in a
    part of tasks (no look back, no review) and a sentence that commits after such a lead still set."""
    lead = "今年以来，全市上下攻坚克难，农业农村发展稳中向好。"
    for clause in ("预计全年实现农业总产值95.3亿元", "同比增长4.1%", "新增家庭农场36家"):
        assert stance(FORECAST, clause, "review", 2026, before=lead) == "reported"
    so_far = "今年以来，全区新增家庭农场36家，培育农民合作社12家。"
    assert stance(so_far, "全区新增家庭农场36家", "situation", 2026) == "reported"
    assert stance(so_far, "培育农民合作社12家", None, 2026, summary=True) == "reported"
    assert stance(FORECAST, "新增家庭农场36家", None, 2026) == "set"
    ahead = "下半年要力争新增家庭农场30家以上。"
    assert stance(ahead, "力争新增家庭农场30家以上", None, 2026, before=lead) == "set"


def test_a_look_back_in_a_part_of_tasks_leads_into_what_it_sets() -> None:
    """"今年以来，…" opening a paragraph of a plan's tasks leads into the year's targets: its next sentences ("2026年，
    …", "下半年，…", "全年…") set, wherever the paragraph stands; in a background part only the sentence the look back
    opens reports, and there too the plan's year, 全年 or the rest of the year commit."""
    lead = "年初以来，西岭区上下迎难而上，文旅发展稳中向好。"
    for sentence, clause in (("2026年，全区接待游客增长9%，新建旅游驿站4个。", "新建旅游驿站4个"),
                             ("下半年，新增星级民宿30家。", "新增星级民宿30家"), ("全年引进文旅项目12个。", "全年引进文旅项目12个")):
        assert stance(sentence, clause, None, 2026, before=lead) == "set"
        assert stance(sentence, clause, "situation", 2026, before=lead) == "set"
    so_far = "年初以来，全区新增星级民宿42家，接待游客增长11%。"
    assert stance(so_far, "全区新增星级民宿42家", None, 2026) == "set"  # a plan's part of tasks
    assert stance(so_far, "全区新增星级民宿42家", "ahead", 2026, summary=True) == "set"  # a summary's 下一步 part
    assert stance(so_far, "全区新增星级民宿42家", "situation", 2026) == "reported"
    assert stance("今年以来，全区新增星级民宿42家，全年接待游客增长11%。", "全年接待游客增长11%", "situation", 2026) == "set"
    assert stance("今年以来，2026年全区接待游客增长11%。", "2026年全区接待游客增长11%", "situation", 2026) == "set"


def test_the_bodys_own_building_is_a_task_among_tasks_a_safeguard_category_is_not() -> None:
    """Under 重点任务, "加强作风建设，…" and "强化纪律建设" are tasks like their siblings; "加强组织领导" and "落实经费保障"
    there still name safeguards, and 作风建设 under 保障措施 or as a part of its own stays one."""
    doc = Document(title="某区水务局2026年党建工作要点", units=[], doc_type="plan", year=2026)
    doc.sections = [_section("重点任务", _section("加强政治建设，夯实思想根基"), _section("加强作风建设，提振干事精气神"),
                             _section("强化纪律建设"), _section("加强党员能力建设"), _section("加强组织领导"),
                             _section("落实经费保障")),
                    _section("保障措施", _section("加强作风建设"), _section("强化督查考核"))]
    classify.run(doc)
    assert [s.type for s in doc.sections[0].children] == ["measures", "measures", "measures", "measures",
                                                          "safeguards", "safeguards"]
    assert [s.type for s in doc.sections[1].children] == ["safeguards", "evaluation"]


def test_a_reports_sentence_judging_its_results_is_no_heading(parser, tmp_path) -> None:
    """"成绩来之不易。" opens a report's paragraph as a sentence, not a run-in heading of its look back."""
    path = tmp_path / "report.txt"
    path.write_text("临江市2026年政府工作报告\n一、2025年工作回顾\n过去一年，全市地区生产总值增长5.8%，城乡居民收入稳步提高。\n"
                    "成绩来之不易。同时我们也看到，全市产业结构偏重，民生领域仍有短板。\n二、2026年主要任务\n"
                    "全年新增城镇就业1.2万人。\n", encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [s.heading for s in doc.sections] == ["2025年工作回顾", "2026年主要任务"]
    assert not doc.sections[0].children
