"""A 总结's parts typed by the period their heading names: the period it sums up reviews, a later one looks ahead,
whatever the document plans after it; a 保障 a task's verb governs among a plan's tasks is one of them.
Every text here is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.stance import stance
from jihua.schemas.plan import walk


def _parse(parser, tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return parser.parse(path).documents[0]


def _types(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.type for s in walk(doc.sections)]


HALF_YEAR = ("松川县林业局2026年上半年工作总结\n一、上半年重点工作推进\n上半年完成人工造林1.2万亩，同比增长6.5%。\n"
             "二、面临的问题\n一是管护力量不足；二是资金到位偏慢。\n{ahead}\n")


@pytest.mark.parametrize("ahead", ["三、下半年工作部署", "三、下半年工作计划", "三、2026年下半年工作安排",
                                   "三、下阶段工作重点"])
def test_a_half_years_summary_looks_ahead_to_the_rest_of_the_year(parser, tmp_path: Path, ahead: str) -> None:
    """The title names no plan: the rest of the year's part is the summary's outlook (never its review), the document a
    summary, and the outlook's figures targets."""
    doc = _parse(parser, tmp_path, HALF_YEAR.format(ahead=ahead) + "全年完成人工造林2.5万亩以上，每月开展一次巡护检查。\n")
    assert (doc.doc_type, _types(doc)) == ("summary", ["review", "problems", "outlook"])
    assert [(t.value, t.unit) for t in doc.targets] == [(2.5, "万亩"), (1, "次")]


def test_the_outlooks_own_parts_look_ahead_with_it(parser, tmp_path: Path) -> None:
    doc = _parse(parser, tmp_path, HALF_YEAR.format(ahead="三、下半年工作部署")
                 + "（一）抓好秋冬造林\n确保全年完成人工造林2.5万亩。\n（二）强化森林防火\n火灾受害率控制在0.9‰以内。\n")
    assert (doc.doc_type, _types(doc)) == ("summary", ["review", "problems", "outlook", "outlook", "outlook"])
    assert [(t.value, t.unit) for t in doc.targets] == [(2.5, "万亩"), (0.9, "‰")]


def test_a_summary_titled_with_its_plan_still_plans_the_rest_of_the_year(parser, tmp_path: Path) -> None:
    text = HALF_YEAR.format(ahead="三、下半年工作部署").replace("上半年工作总结", "上半年工作总结及下半年工作打算")
    doc = _parse(parser, tmp_path, text + "全年完成人工造林2.5万亩以上。\n")
    assert (doc.doc_type, _types(doc)) == ("summary_plan", ["review", "problems", "measures"])


def test_later_period_headings_look_ahead_and_a_whole_years_second_half_does_not() -> None:
    from jihua.pipeline.rules.periods import looks_ahead

    assert looks_ahead("下半年工作部署", 2026, part_of_year=True) == "下半年"
    assert looks_ahead("2027年重点任务", 2026, part_of_year=False) == "2027"
    assert looks_ahead("来年工作安排", 2026, part_of_year=False) == "来年"
    assert looks_ahead("下半年重点工作", 2026, part_of_year=False) is None  # a whole year's 总结: its second half is past
    assert looks_ahead("下半年工作完成情况", 2026, part_of_year=True) is None
    assert looks_ahead("队伍建设持续加强", 2026, part_of_year=True) is None


SUMMARY_PLAN = ("松川县林业局2026年工作总结和2027年工作打算\n一、{review}\n全年完成人工造林2.5万亩，同比增长8%。\n"
                "二、存在的不足\n管护资金缺口较大。\n三、2027年工作打算\n（一）推进国土绿化\n力争完成人工造林3万亩。\n"
                "（二）加强林长制考核\n每季度开展一次督查。\n")


@pytest.mark.parametrize("review", ["今年以来重点工作", "2026年重点工作"])
def test_a_summary_plans_look_back_is_typed_by_its_own_period(parser, tmp_path: Path, review: str) -> None:
    """"今年以来…" and the reported year's 主要做法 review, in a 总结和计划 as in a plain 总结; its plan half stays tasks."""
    doc = _parse(parser, tmp_path, SUMMARY_PLAN.format(review=review))
    assert doc.doc_type == "summary_plan"
    assert _types(doc)[:2] == ["review", "problems"]
    assert doc.sections[2].type == "measures"
    assert [(t.value, t.unit) for t in doc.targets] == [(3, "万亩"), (1, "次")]


def test_a_heading_that_sets_its_years_work_reports_nothing() -> None:
    from jihua.pipeline.rules.periods import reports_own_period

    assert reports_own_period("2026年主要做法", 2026, part_of_year=False) == "2026"
    assert reports_own_period("今年以来重点工作", 2026, part_of_year=False) == "今年以来"
    assert reports_own_period("上半年工作成效", 2026, part_of_year=True) == "上半年"
    assert reports_own_period("2026年工作计划", 2026, part_of_year=False) is None
    assert reports_own_period("2027年主要做法", 2026, part_of_year=False) is None
    assert reports_own_period("今年重点任务", 2026, part_of_year=False) is None


SUMMARY = ("松川县林业局2026年工作总结\n一、主要工作成效\n全年完成人工造林2.5万亩，建成林区道路36公里。\n"
           "{sentence}\n二、存在的不足\n管护资金缺口较大。\n")


def test_a_review_sentence_led_by_the_coming_year_sets_its_figures(parser, tmp_path: Path) -> None:
    doc = _parse(parser, tmp_path, SUMMARY.format(sentence="2027年，我局将持续加强森林防火，每月至少开展一次联合巡查，"
                                                            "新建防火隔离带40公里。"))
    assert [(t.value, t.unit) for t in doc.targets] == [(1, "次"), (40, "公里")]
    assert (36, "公里") in {(a.value, a.unit) for a in doc.achievements}


def test_a_review_sentence_led_by_the_reported_year_reports() -> None:
    # in a 2026 总结 (planning 2027): "2026年，…将…" tells what the reported year did, "2027年，…力争…" looks ahead
    sentence = "2026年，全局将防火工作摆在突出位置，全年建成防火隔离带35公里。"
    assert stance(sentence, "全年建成防火隔离带35公里", "review", 2027) == "reported"
    ahead = "2027年，全局力争建成防火隔离带40公里。"
    assert stance(ahead, "全局力争建成防火隔离带40公里", "review", 2027) == "set"
    unplanned = "2027年，防火隔离带建设纳入全县规划，已完成选线40公里。"
    assert stance(unplanned, "已完成选线40公里", "review", 2027) == "reported"


def _plan(third: str, children: str, fourth: str = "四、加强自身建设，锻造过硬队伍\n（一）加强干部培训\n") -> str:
    return ("松川县机关服务中心2026年工作要点\n一、坚持党建引领，推进模范机关建设\n（一）深化理论学习\n全年开展集中学习12次。\n"
            "二、聚焦节能降耗，推进绿色机关创建\n（一）实施能耗定额管理\n单位面积能耗下降2%。\n"
            f"{third}\n{children}{fourth}")


TASK_CHILDREN = "（一）规范物业管理\n完成物业服务合同续签。\n（二）做好接待保障\n全年接待保障任务100%完成。\n"


def test_a_securing_verb_among_the_tasks_sets_a_task(parser, tmp_path: Path) -> None:
    """"三、强化后勤保障，…" between the tasks and the part that names the plan's safeguards ("四、加强自身建设"), over
    action items: one of the plan's tasks."""
    doc = _parse(parser, tmp_path, _plan("三、强化后勤保障，提升服务水平", TASK_CHILDREN))
    assert [s.type for s in doc.sections] == ["measures", "measures", "measures", "safeguards"]
    assert [c.type for c in doc.sections[2].children] == ["measures", "measures"]


def test_a_securing_part_that_closes_the_plan_or_names_safeguard_kinds_stays_safeguards(parser, tmp_path: Path) -> None:
    closing = _parse(parser, tmp_path, _plan("三、强化后勤保障，提升服务水平", TASK_CHILDREN, fourth=""))
    assert [s.type for s in closing.sections] == ["measures", "measures", "safeguards"]
    kinds = "（一）加强组织领导\n成立工作专班。\n（二）严格督查考核\n每季度通报一次。\n"
    named = _parse(parser, tmp_path, _plan("三、强化支撑保障，确保任务落地", kinds))
    assert [s.type for s in named.sections][:3] == ["measures", "measures", "safeguards"]


@pytest.mark.parametrize(("sentence", "figure"), [
    # a planning word inside a …的 phrase naming the thing, or 计划 as a noun, commits to nothing
    ("2027年计划实施的6个康养项目已全部完成立项。", "2027年计划实施的6个康养项目已全部完成立项"),
    ("2027年将投用的污水处理厂已完成设备安装，完成投资2.4亿元。", "完成投资2.4亿元"),
    ("2027年起将全面推行的垃圾分类工程已完成投资5000万元。", "2027年起将全面推行的垃圾分类工程已完成投资5000万元"),
    # a done cue in the figure's own clause reports it, whatever the year's clause plans
    ("2027年全省计划改造老旧小区900个，我区已争取到位补助资金8000万元。", "我区已争取到位补助资金8000万元"),
    ("2027年度重点项目计划已编制完成，共谋划储备项目46个。", "共谋划储备项目46个"),
])
def test_a_later_year_leading_a_review_sentence_sets_nothing_done(sentence: str, figure: str) -> None:
    """In a 2026 总结 (planning 2027): the later year opens the sentence but the figure's clause is done work."""
    assert stance(sentence, figure, "review", 2027) == "reported"


def test_a_later_years_planning_word_in_its_own_clause_still_sets() -> None:
    sentence = "2027年全省计划改造老旧小区900个，我区已争取到位补助资金8000万元。"
    assert stance(sentence, "2027年全省计划改造老旧小区900个", "review", 2027) == "set"


HALF_SUMMARY = ("梧桐县水务局2026年上半年工作总结\n一、上半年工作成效\n上半年新建供水管网45公里。\n"
                "二、存在的问题\n汛期隐患排查压力较大。\n三、{ahead}\n（一）抓好防汛度汛\n全年完成病险水库除险加固6座。\n")


@pytest.mark.parametrize("ahead", ["2026年下步重点工作", "2026年全年重点工作", "2026年后半年重点工作",
                                   "2026年三季度重点工作"])
def test_a_half_years_summary_part_on_another_part_of_its_year_is_no_review(parser, tmp_path: Path, ahead: str) -> None:
    """A 上半年总结 reviews only the part its title names: its year's 下步, 全年, 后半年 or 三季度 work looks ahead."""
    doc = _parse(parser, tmp_path, HALF_SUMMARY.format(ahead=ahead))
    assert doc.sections[0].type == "review"
    assert doc.sections[2].type != "review"
    assert [(t.value, t.unit) for t in doc.targets] == [(6, "座")]


def test_a_half_years_summary_names_its_own_part_with_its_year() -> None:
    from jihua.pipeline.rules.periods import reported_part, reports_own_period

    part = reported_part("梧桐县水务局2026年上半年工作总结")
    assert part == "上半年"
    assert reports_own_period("2026年上半年重点工作", 2026, part_of_year=True, title_part=part) == "2026"
    assert reports_own_period("2026年三季度重点工作", 2026, part_of_year=True, title_part=part) is None
    assert reports_own_period("2026年全年重点工作", 2026, part_of_year=True, title_part=part) is None
    assert reports_own_period("2026年重点工作", 2026, part_of_year=False) == "2026"  # a whole year's 总结


def test_a_securing_part_before_the_named_safeguards_opens_them(parser, tmp_path: Path) -> None:
    """"三、强化支撑保障，…" over 用地/资金/人才 and before "四、加强组织领导": the safeguards block begins there."""
    kinds = "（一）强化用地保障\n优先保障项目用地。\n（二）加大资金支持\n统筹专项资金。\n（三）加强人才支撑\n引进专业人才。\n"
    doc = _parse(parser, tmp_path, _plan("三、强化支撑保障，确保项目落地", kinds,
                                         fourth="四、加强组织领导\n成立工作专班。\n"))
    assert [s.type for s in doc.sections] == ["measures", "measures", "safeguards", "safeguards"]
    tasks = _parse(parser, tmp_path, _plan("三、强化后勤保障，提升服务水平", TASK_CHILDREN,
                                           fourth="四、加强组织领导\n成立工作专班。\n"))
    assert [s.type for s in tasks.sections] == ["measures", "measures", "safeguards", "safeguards"]


def test_a_years_summary_reviewing_the_past_year_then_setting_this_years_tasks_plans_them(parser, tmp_path: Path) -> None:
    """A year's 总结 read out at the start of the next (its review looks back on "过去一年", its next part names
    "今年的主要任务"): a report of the 政府工作报告 kind, the year's plan after its review, as before the half-year
    rule — only a report on part of a year keeps its forward part as an outlook."""
    text = ("梅岭县政协2026年工作总结\n一、过去一年的主要工作\n（一）聚焦中心建言资政\n全年提交提案186件，立案172件。\n"
            "二、存在的不足\n调研成果转化还不够充分。\n三、今年的主要任务\n（一）围绕大局协商议政\n"
            "全年组织专题协商不少于4次。\n（二）加强委员队伍建设\n每季度开展一次委员学习培训。\n")
    doc = _parse(parser, tmp_path, text)
    assert doc.doc_type == "summary_plan"
    assert _types(doc) == ["review", "review", "problems", "measures", "measures", "measures"]
