"""Plans of schools and training bodies: their own periods (学年, 学期), durations (三年内), names (党校) and
month-by-month parts. Invented wording throughout."""

from __future__ import annotations

import pytest
from jihua.pipeline import classify
from jihua.pipeline.model import Document, Section
from jihua.pipeline.rules.titles import org_from_title
from jihua.pipeline.stance import stance
from jihua.pipeline.targets import find_targets


def _stances(sentence: str, year: int = 2026) -> list[tuple[float, str]]:
    return [(f.value, stance(sentence, f.clause, None, year)) for f in find_targets(sentence)]


@pytest.mark.parametrize("sentence", [
    "上学年，全校体育中考满分率达到62.5%。",
    "上学期，学生视力不良率下降到38%。",
    "上年度，教师校本研修学时达标率达到96%。",
    "上一学年，全校获区级以上奖项27项。",
    "上一年度，学校家长满意度达到91.3%。",
    "上年度，全校教师继续教育学时达标率达到97%。",  # 继续教育 is a kind of training, no "go on" setting it
])
def test_a_past_school_or_fiscal_term_reports_its_figures(sentence: str) -> None:
    """上学年/上学期/上年度 name a past period as 去年 does: its figures are reported, not set."""
    assert [s for _, s in _stances(sentence)] == ["reported"]


@pytest.mark.parametrize("sentence", ["全面完成上年度遗留的12个整改问题。", "落实上学期布置的3项整改任务。",
                                      "按照上年度标准，每生每年补助1000元。", "按照去年标准，每户每年补助800元。"])
def test_a_past_term_naming_what_this_years_work_takes_up_sets_the_figure(sentence: str) -> None:
    """"完成上年度遗留的…", "按照去年标准…": the past term qualifies a noun; the clause is this year's work."""
    assert [s for _, s in _stances(sentence)] == ["set"]


def test_a_change_against_a_past_term_and_attending_school_still_set() -> None:
    """A change measured against the past term is the planned term's ("比上学期提高4个百分点"); 上学 as "attend
    school" ("上学期间", "上学年龄") names no past term."""
    assert _stances("学生体质健康优良率比上学期提高4个百分点。") == [(4, "set")]
    assert _stances("教研活动课时较上年度增长12%。") == [(12, "set")]
    assert _stances("学生上学期间到校率达到99%。") == [(99, "set")]


def test_a_span_of_years_keeps_to_its_clause_and_a_short_duration_is_no_span() -> None:
    """A span of years ("五年内", "“十五五”期间") named inside one clause with its own figure scopes that clause only:
    the next clause's figure is the year's; one that frames the sentence ("今后五年，…") still scopes every clause;
    a shorter duration ("三年内") only says by when. "力争五年内…达到100家" is a goal five years off."""
    assert _stances("村干部五年内参加学历提升培训覆盖率达到100%，学员结业率达到96%以上。") == [(100, "other"), (96, "set")]
    assert _stances("力争五年内全县高新技术企业达到100家。") == [(100, "other")]
    assert _stances("新录用教师三年内完成岗前培训率达到100%。") == [(100, "set")]
    assert _stances("村干部“十五五”期间轮训覆盖率达到100%，学员结业率达到96%。") == [(100, "other"), (96, "set")]
    assert _stances("今后五年，全县培训基层干部1.2万人次，开发精品课程40门。") == [(1.2, "other"), (40, "other")]


@pytest.mark.parametrize(("title", "org"), [
    ("中共岚山县委党校2026年度教学计划", "中共岚山县委党校"),
    ("某市委党校2026年工作要点", "某市委党校"),
    ("岚山县团校2026年培训工作计划", "岚山县团校"),
    ("岚山县白沙镇中心校2026年工作计划", "岚山县白沙镇中心校"),
])
def test_a_school_named_by_its_short_xiao_is_an_org(title: str, org: str) -> None:
    assert org_from_title(title) == org


@pytest.mark.parametrize("title", ["2026年全县党校系统培训工作要点", "2026年全市医院院感防控工作计划",
                                   "全区中小学2026年安全工作要点", "2026年全县市场监管工作要点"])
def test_the_whole_of_a_places_units_names_no_org(title: str) -> None:
    """"全县党校系统", "全市医院": every unit of a kind in the place, the plan's reach, not a body that issues it."""
    assert org_from_title(title) is None


@pytest.mark.parametrize(("title", "org"), [("全州县2026年政府工作报告", "全州县"), ("全州县教育局2026年工作要点", "全州县教育局")])
def test_a_place_whose_name_opens_with_quan_is_a_place(title: str, org: str) -> None:
    """全州县 is a county's name, not "the whole 州"."""
    assert org_from_title(title) == org


def _section(heading: str, *children: Section) -> Section:
    return Section(number="", heading=heading, level=1, unit=None, children=list(children))


def test_a_part_whose_parts_are_all_months_is_the_schedule() -> None:
    """"四、逐月活动安排" over "十月", "十一月", "十二月": each month is a period of the schedule, so the part is too;
    one that holds a task beside its months stays a part of tasks."""
    doc = Document(title="岚山县实验小学2026年秋季学期少先队工作计划", units=[], doc_type="plan")
    doc.sections = [_section("主要工作", _section("开展主题队日"), _section("十月")),
                    _section("逐月活动安排", _section("十月"), _section("十一月"), _section("十二月"))]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.all_sections()] == [
        ("主要工作", "measures"), ("开展主题队日", "measures"), ("十月", "schedule"),
        ("逐月活动安排", "schedule"), ("十月", "schedule"), ("十一月", "schedule"), ("十二月", "schedule")]


def test_a_part_named_by_its_own_heading_keeps_its_type_over_its_periods() -> None:
    """"一、工作目标" over one part a year sets a target for each ("（一）2026年", "（二）2027年"), and "二、重点任务" over
    its quarters lays its tasks out by quarter: their headings name their type, so their periods do not make them
    the schedule. "三、月份活动安排" names its months: it is the schedule by its own words; "四、体育节系列活动", typed
    by no word of its own, is the schedule its months make it."""
    doc = Document(title="青禾县实验中学2026年体育工作计划", units=[], doc_type="plan")
    doc.sections = [_section("工作目标", _section("2026年"), _section("2027年")),
                    _section("重点任务", _section("第一季度"), _section("第二季度")),
                    _section("月份活动安排", _section("三月"), _section("四月")),
                    _section("体育节系列活动", _section("五月"), _section("六月"))]
    classify.run(doc)
    assert [(s.heading, s.type) for s in doc.sections] == [
        ("工作目标", "goals"), ("重点任务", "measures"), ("月份活动安排", "schedule"), ("体育节系列活动", "schedule")]
