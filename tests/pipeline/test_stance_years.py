"""Set or other, by the document's own year: a year is later, or the year's own, only against the year planned.

A report for 2033 sets its 2033 goals though the year is past 2030; a 2026 plan's "到2030年" goals are another
period's. A part that reviews last year and then announces this year's goals ("…回顾和…安排") sets those goals.
"""

from __future__ import annotations

import pytest
from jihua.pipeline.stance import announces_goals, heading_context, stance
from jihua.pipeline.targets import find_targets

REPORT_2033 = """苍梧市人民政府工作报告

——2033年1月18日在苍梧市第十八届人民代表大会第三次会议上

一、2032年工作回顾
过去一年，全市地区生产总值增长5.9%，新增城镇就业4.2万人。
二、2033年经济社会发展的总体要求和主要预期目标
全市地区生产总值增长5.8%左右，城镇新增就业4万人以上。到2035年，人均地区生产总值达到20万元。
三、2033年重点工作
（一）开工建设重点项目。安排市级重点项目150个，完成投资420亿元以上。
（二）推进数字城市建设。新建5G基站3000个，到2033年底实现行政村千兆光网全覆盖。
"""


def test_a_report_for_a_year_from_2030_on_sets_that_years_targets(parser, tmp_path) -> None:
    """"2033年…主要预期目标" in the 2033 report is the year's own part; only "到2035年" is a later goal."""
    path = tmp_path / "report.txt"
    path.write_text(REPORT_2033, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [
        (5.8, "%"), (4, "万人"), (150, "个"), (420, "亿元"), (3000, "个")]  # (…全覆盖 prints no figure)
    assert [t.value for t in doc.achievements] == [5.9, 4.2]


PLAN_2026 = """苍梧县2026年农业农村工作要点

一、2030年发展目标
全县农村居民人均可支配收入达到3.6万元，高标准农田占比达到80%。
二、2026年重点任务
新建高标准农田1.5万亩，完成农村改厕1200户。到2030年，建成省级美丽乡村示范村30个。
"""


def test_a_plans_later_goals_stay_another_periods(parser, tmp_path) -> None:
    """In a 2026 plan a part on 2030 and a "到2030年" clause name a later period's goals."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN_2026, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(1.5, "万亩"), (1200, "户")]


def test_a_headings_year_is_weighed_against_the_planned_year() -> None:
    assert heading_context("二、2032年经济社会发展的主要目标", 2032) == "ahead"
    assert heading_context("三、2031年重点工作", 2031) == "ahead"
    assert heading_context("二、2030年发展目标", 2026) == "long_term"
    assert heading_context("三、2027年工作打算", 2026) == "ahead"  # the year after: a summary's outlook
    assert heading_context("（三）2028年目标", 2026, horizon=2028) == "ahead"  # within the plan's own term
    assert heading_context("（三）验收阶段（2027年7月—2028年6月）", 2026) == "ahead"  # a stage of its schedule


@pytest.mark.parametrize(("year", "expected"), [(2026, "other"), (2030, "set"), (2031, "reported")])
def test_a_deadline_is_a_later_goal_only_after_the_planned_year(year: int, expected: str) -> None:
    sentence = "到2030年，全市公共充电桩达到2万个。"
    assert [stance(sentence, f.clause, None, year) for f in find_targets(sentence)] == [expected]


REVIEW_AND_PLAN = """溆川区人民政府工作报告

——2031年1月10日在溆川区第九届人民代表大会第五次会议上

一、2030年工作回顾和2031年工作安排
过去一年，全区地区生产总值增长6.1%，一般公共预算收入完成48亿元。
去年确定的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。
综合考虑发展条件，今年全区经济社会发展的主要预期目标是：地区生产总值增长5.8%左右；城镇新增就业1.2万人以上，城镇调查失业率控制在5.5%以内；粮食总产量稳定在21万吨以上。
二、扎实推动产业转型升级
加快传统产业改造提升，今年要新建标准厂房18万平方米，培育国家级专精特新企业5家。
三、提高群众生活品质
今年要兑现民生承诺，新增社区食堂60个。
四、持续提升政府履职效能
"""


def test_this_years_goals_announced_in_a_part_that_reviews_are_set(parser, tmp_path) -> None:
    """The paragraph announcing this year's goals sets all of them, after each ；; last year's goals quoted in the
    same part stay reported."""
    path = tmp_path / "report.txt"
    path.write_text(REVIEW_AND_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [
        (5.8, "%"), (1.2, "万人"), (5.5, "%"), (21, "万吨"), (18, "万平方米"), (5, "家"), (60, "个")]
    assert [t.value for t in doc.achievements] == [6.1, 48, 6, 5]


LEAD_AND_ITEMS = """溆川区人民政府工作报告

——2031年1月10日在溆川区第九届人民代表大会第五次会议上

一、2030年工作回顾和2031年工作安排
过去一年，全区地区生产总值增长6.1%。
新的一年，全区经济社会发展的主要目标任务是：
1.地区生产总值增长5.8%左右；
2.城镇新增就业1.2万人以上。
二、扎实推动产业转型升级
加快传统产业改造提升，今年要新建标准厂房18万平方米。
三、持续提升政府履职效能
"""


def test_goals_announced_by_a_lead_in_set_the_items_after_it(parser, tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(LEAD_AND_ITEMS, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(5.8, "%"), (1.2, "万人"), (18, "万平方米")]
    assert [t.value for t in doc.achievements] == [6.1]


@pytest.mark.parametrize(("paragraph", "year", "sums_up", "expected"), [
    ("综合考虑，今年全县主要目标任务为：新建农房200户。", 2031, False, "stated"),
    ("2031年全县主要目标任务为：新建农房200户。", 2031, False, "stated"),
    ("2030年全县主要目标任务为：新建农房200户。", 2031, False, None),      # last year's
    ("去年确定的全年主要目标是：新建农房180户。", 2031, False, None),       # last year's, quoted
    ("今年以来，紧扣年初确定的主要目标任务：新建农房180户。", 2031, False, None),
    ("今年全县主要目标任务为：新建农房200户。", 2031, True, None),          # a summary's 今年 is the year reported on
])
def test_a_paragraph_announces_only_the_planned_years_goals(paragraph: str, year: int, sums_up: bool,
                                                             expected: str | None) -> None:
    assert announces_goals(paragraph, None, year, sums_up) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a template's blanked year, the sentence reporting results: a look back, as on a named past year
    ("20xx年，我镇在县委的指导下，河长制工作取得了明显成效，共清理河道垃圾260吨，巡河1200人次。",
     ["reported", "reported"]),
    ("20XX年，全村共建成农家书屋4个。", ["reported"]),
    # …a plan's own blank year, the sentence committing: the year's work
    ("20xx年，我们将新建农家书屋4个。", ["set"]),
    ("20xx年，全镇新增绿化面积3万平方米。", ["set"]),
])
def test_a_template_year_reports_only_where_its_sentence_reports_results(sentence: str, expected: list) -> None:
    assert [stance(sentence, f.clause, None, None) for f in find_targets(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # a plan's stock phrase: results a verb of aiming drives at are the year's aim, its figures the year's work
    "20xx年，推进全域旅游取得新突破，新建游客服务中心2个，改造旅游厕所16座。",
    "20XX年，力促民营经济发展取得新成绩，培育规上企业7家。",
    "20xx年，奋力推动园区建设取得新进展，引进项目12个。",
])
def test_a_template_year_aiming_at_results_sets_its_figures(sentence: str) -> None:
    assert {stance(sentence, f.clause, "ahead", None) for f in find_targets(sentence)} == {"set"}


TEMPLATE_PLAN = """青石镇20xx年工作计划

一、工作目标
20xx年，全镇累计建成村级养老服务站达到18个。
二、重点工作
20xx年，全镇垃圾分类工作取得了明显成效，共建成分类驿站11个。
"""


def test_a_template_year_in_the_goals_part_is_the_year_planned(parser, tmp_path) -> None:
    """In a part typed goals, "20xx年，…累计…达到18个" is the year's goal; elsewhere a sentence reporting results on the
    blank year still looks back."""
    path = tmp_path / "plan.txt"
    path.write_text(TEMPLATE_PLAN, encoding="utf-8")
    doc = parser.parse(path).documents[0]
    assert [(t.value, t.unit) for t in doc.targets] == [(18, "个")]
    assert [(t.value, t.unit) for t in doc.achievements] == [(11, "个")]
