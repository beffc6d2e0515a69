"""A year that dates the object a clause works on, not the clause.

"改造2001年底前建成的老旧小区" names old housing stock; the work is the plan's. Such a year (with its 已, 累计, 以来)
makes no clause a past year's achievement, dates no target, and names no year of the text. A year that opens or frames
its clause ("2025年全镇改造…", "截至2025年底，累计…") still dates it.
"""

from __future__ import annotations

from jihua.pipeline.model import Unit
from jihua.pipeline.rules import targets as R
from jihua.pipeline.stance import stance
from jihua.pipeline.text_year import year_from_text
from jihua.schemas.blocks import Block, Provenance

PLAN = """柳川县2027年住房保障工作计划

一、工作目标
全县计划改造2001年底前建成的城镇老旧小区37个，年底前开工率达到100%。
对2012年以前建成的乡村道路开展隐患排查，全年完成危桥改造9座。
改造2006年前建成的排水管网24公里。
将2025年已建成的6个文明实践点提升为星级站点，新建文明实践点11个。
巩固提升2019年以来累计建成的高标准农田8.5万亩，新建高标准农田1.2万亩。
二、远期目标
到2031年，全县城镇老旧小区改造完成率达到100%。
"""

SUMMARY = """柳川县住房和城乡建设局2026年工作总结

一、主要成效
2026年全县改造城镇老旧小区37个，惠及居民4100户。
截至2026年底，累计建成公共充电桩960个。
全年完成2025年结转的危桥改造项目9座。
2026年以来全县新建的街心游园达到14个。
改造2003年以前建成的供水管网18公里。
二、2027年工作打算
计划改造2006年前建成的排水管网24公里，新建文明实践点11个。
"""


def _parse(parser, tmp_path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return parser.parse(path).documents[0]


def test_an_old_stocks_year_leaves_a_plans_targets_set(parser, tmp_path) -> None:
    doc = _parse(parser, tmp_path, PLAN)
    assert [(t.value, t.unit) for t in doc.targets] == [
        (37, "个"), (100, "%"), (9, "座"), (24, "公里"), (6, "个"), (11, "个"), (8.5, "万亩"), (1.2, "万亩")]
    assert doc.achievements == []
    by_value = {t.value: t for t in doc.targets}
    assert by_value[37].year is None and by_value[37].period is None  # not 2001, not "年底前"
    assert by_value[24].year is None


def test_a_summarys_achievements_stay_reported_and_its_outlook_sets(parser, tmp_path) -> None:
    doc = _parse(parser, tmp_path, SUMMARY)
    assert [(t.value, t.unit) for t in doc.achievements] == [
        (37, "个"), (960, "个"), (9, "座"), (14, "个"), (18, "公里")]
    assert [(t.value, t.unit) for t in doc.targets] == [(24, "公里"), (11, "个")]


def test_a_clause_beside_a_dated_object_is_judged_by_its_own_words() -> None:
    """A year that dates an old stock leaves each clause to its own words; one that frames a clause still dates it."""
    cases = [
        ("全县计划改造2001年底前建成的城镇老旧小区37个，年底前开工率达到100%。", "年底前开工率达到100%", "set"),
        ("将2025年已建成的6个文明实践点提升为星级站点，新建文明实践点11个。", "新建文明实践点11个", "set"),
        ("2026年全县改造城镇老旧小区37个。", "2026年全县改造城镇老旧小区37个", "reported"),  # the year frames it
        ("全县2026年完成的固定资产投资86亿元。", "全县2026年完成的固定资产投资86亿元", "reported"),  # no verb takes it
        ("截至2026年底累计建成的公共充电桩达到960个。", "截至2026年底累计建成的公共充电桩达到960个", "reported"),
    ]
    assert [stance(sentence, clause, "ahead", 2027) for sentence, clause, _ in cases] == [e for _, _, e in cases]


def test_only_an_object_taken_by_a_verb_or_preposition_is_dated() -> None:
    assert R.undated("改造2006年前建成的排水管网24公里") == "改造排水管网24公里"
    assert R.undated("对2012年以前建成的乡村道路开展排查") == "对乡村道路开展排查"
    assert R.dated_objects("2026年全县新建的街心游园达到14个") == []  # the year opens its clause
    assert R.dated_objects("到2031年建成的示范村达到30个") == []  # a deadline
    assert R.dated_objects("完成2025年的目标任务") == []  # no verb dates the thing


def _units(*texts: str) -> list[Unit]:
    return [Unit(block=Block(text=t, prov=Provenance(file="t", index=i)), text=t) for i, t in enumerate(texts)]


def test_an_old_stocks_year_names_no_year_of_the_text() -> None:
    units = _units("一、工作目标", "全县计划改造2001年底前建成的老旧小区37个，改造2006年前建成的管网24公里。",
                   "2027年底前全部完成改造。")
    assert year_from_text(units) == 2027
