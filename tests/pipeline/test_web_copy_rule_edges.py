"""Edges of the web-copy rules: two ordinals in a row glued after a sentence end, a schedule's stages listed in one
paragraph, a body acting by a date before a stage's words, a heading among titled siblings that ends on a verb
still waiting for its object, and a year opening the line after a figure's digits.

Every text here is written for these tests, in the shapes such documents take.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline import unglue
from jihua.pipeline.rules.numbering import match_label


def _parse(parser, tmp_path: Path, text: str):
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return parser.parse(path).documents[0]


def _outline(doc) -> list[tuple[str | None, str | None, list[tuple[str | None, str | None]]]]:
    return [(s.number, s.heading, [(c.number, c.heading) for c in s.children]) for s in doc.sections]


def _in_force(*labels: tuple[str, int]) -> unglue.Numbering:
    numbering = unglue.Numbering()
    for family, ordinal in labels:
        numbering.take(family, ordinal)
    return numbering


# --- two ordinals in a row ("二、三级", "三、四年级") are a list of ranks, not a part's label -------------------

_RANKS = """白沙县卫生健康局2027年工作计划
为推动全县卫生健康事业高质量发展，结合我县实际，制定本计划。
一、提升基层服务能力
1、深化紧密型医共体建设。年内实现牵头医院与成员单位检查结果互认。
2、加强人才下沉。二、三级医院派驻专家到村卫生室坐诊实现全覆盖。
二、保障措施
（一）强化组织领导。局党组每半年专题研究一次基层卫生工作。
"""


def test_two_ordinals_in_a_row_after_a_sentence_end_start_no_part(parser, tmp_path) -> None:
    """"。二、三级医院…" continues the count in force (一、 open) but names the ranks 2 and 3: no second part 二、."""
    doc = _parse(parser, tmp_path, _RANKS)
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "提升基层服务能力"), ("二、", "保障措施")]
    assert "二、三级医院派驻专家到村卫生室坐诊实现全覆盖。" in doc.sections[0].children[1].paragraphs


@pytest.mark.parametrize(("text", "last"), [
    ("新增省级示范合作社3个。二、三产业融合项目完成投资1.2亿元。", 1),
    ("四月完成春播。二、三季度重点抓好病虫害统防统治。", 1),
    ("全面落实课后服务。三、四年级每周开设2节劳动课。", 2),
], ids=["industries", "quarters", "grades"])
def test_a_glued_pair_of_ordinals_is_no_cut(text: str, last: int) -> None:
    """The pair's first ordinal continues the count in force (二、 after 一、), and still is no part."""
    assert unglue._cut_points(text, _in_force(("cn", last))) == []


def test_a_part_whose_words_open_on_a_numeral_counting_on_from_nothing_is_still_cut() -> None:
    """Only the next ordinal straight after the stop lists ranks: "三、三大行动" and "四、十项工程" are parts."""
    text = "完成年度目标。三、三大行动攻坚突破"
    assert [text[p:p + 2] for p in unglue._cut_points(text, _in_force(("cn", 2)))] == ["三、"]
    assert unglue._cut_points("完成年度目标。四、十项工程全面开工", _in_force(("cn", 3))) != []


def test_a_line_opening_on_a_part_named_by_a_numbered_slogan_keeps_its_label() -> None:
    """Only a label glued inside a line is read as a pair of ordinals: at a line's start "四、五水共治…" is part 四
    (a plan's part names open on numbered slogans: 五水共治, 六稳六保), as it was before the glued cut's guard."""
    found = match_label("四、五水共治攻坚行动")
    assert found is not None and (found[0].family, found[0].ordinal) == ("cn", 4)
    assert unglue._cut_points("全面完成年度任务。四、五水共治攻坚行动", _in_force(("cn", 3))) == []


# --- a schedule's stages: all cut, or all one paragraph -----------------------------------------------------------

_HEAD = """白沙县城乡环境综合整治实施方案
为全面改善城乡环境面貌，制定本方案。
一、工作目标
全县城乡环境卫生群众满意度达到92%以上。
二、进度安排
"""
_TAIL = """三、保障措施
（一）加强组织领导。县政府成立整治工作指挥部。
"""
_LISTED = {
    "lead-sentence": "整治行动分三步推进。第一阶段：摸底建档，4月底前完成。第二阶段：全面攻坚，5月至10月。"
                     "第三阶段：巩固提升，11月至12月。",
    "opening-stage": "第一阶段：摸底建档。印发整治方案，建立问题清单。第二阶段：全面攻坚。各镇开展集中清理。"
                     "第三阶段：巩固提升。县指挥部逐镇考核。",
}


@pytest.mark.parametrize("shape", sorted(_LISTED))
def test_stages_listed_in_a_paragraph_are_not_cut_from_it(parser, tmp_path, shape: str) -> None:
    """The paragraph `headings` reads as a stage list is not cut apart first: it stays one paragraph, whole."""
    doc = _parse(parser, tmp_path, _HEAD + _LISTED[shape] + "\n" + _TAIL)
    schedule = next(s for s in doc.sections if s.heading == "进度安排")
    assert schedule.children == []
    assert schedule.paragraphs == [_LISTED[shape]]


def test_stages_cut_from_their_heading_are_every_one_a_heading(parser, tmp_path) -> None:
    """A run glued to its heading is cut, every stage of it: the last one, its body short, too."""
    line = ("二、进度安排第一阶段：摸底建档。印发整治方案，建立问题清单。第二阶段：全面攻坚。各镇开展集中清理。"
            "第三阶段：巩固提升。县指挥部逐镇考核。")
    text = _HEAD.replace("二、进度安排\n", line + "\n") + _TAIL
    doc = _parse(parser, tmp_path, text)
    schedule = next(s for s in doc.sections if s.heading == "进度安排")
    assert [(c.number, c.heading) for c in schedule.children] == [
        ("", "第一阶段：摸底建档"), ("", "第二阶段：全面攻坚"), ("", "第三阶段：巩固提升")]
    assert schedule.children[2].paragraphs == ["县指挥部逐镇考核。"]


def test_stages_going_on_from_a_stage_on_its_own_line_are_cut() -> None:
    """"第一阶段：…" stood on its line: the next line's run of stages goes on with it, each one cut."""
    text = "第二阶段：全面攻坚。各镇开展集中清理。第三阶段：巩固提升。县指挥部逐镇考核。"
    assert [text[p:p + 5] for p in unglue._cut_points(text, _in_force(("stage", 1)))] == ["第三阶段："]
    assert unglue._cut_points(text) == []  # the line opens the run and lists it: one paragraph


# --- a body acting by a date is no stage's name -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "各街道（2027年4月底前）完成背街小巷摸底排查，建立整治台账。",
    "区住建局（2027年5月—6月）牵头拆除违章搭建，每周通报进度。",
    "相关部门（2027年6月底前）完成联合验收，形成整改报告。",
], ids=["all-streets", "bureau", "departments"])
def test_a_body_acting_by_a_date_is_no_stages_heading(text: str) -> None:
    from jihua.pipeline.run_in import dated_split

    assert dated_split(text, True) is None
    assert dated_split("全面攻坚（2027年5月—10月）分片清理卫生死角，拆除违章搭建。", True) == (
        "全面攻坚（2027年5月—10月）", "分片清理卫生死角，拆除违章搭建。")


def test_a_stage_whose_sentence_opens_on_a_body_keeps_it(parser, tmp_path) -> None:
    text = _HEAD + "第一阶段：各街道（2027年4月底前）完成背街小巷摸底排查，建立整治台账。\n" + _TAIL
    doc = _parse(parser, tmp_path, text)
    schedule = next(s for s in doc.sections if s.heading == "进度安排")
    assert not any((c.heading or "").startswith("各街道") for c in schedule.children)
    words = "".join(schedule.paragraphs) + "".join(p for c in schedule.children for p in c.paragraphs)
    assert "各街道（2027年4月底前）完成背街小巷摸底排查，建立整治台账。" in words


# --- a heading among titled siblings ends on its object, not on a verb still waiting for it ------------------------

_SIBLINGS = ["强化项目储备", "严格资金监管", "压实部门责任", "做好绩效评价"]


@pytest.mark.parametrize("text", [
    "主动对接市财政局争取省级水污染防治专项资金，全年争取上级资金不少于2500万元。",
    "积极配合县应急管理局组织安全生产检查，每季度联合检查不少于2次。",
    "主动联系区人社局组织用工对接会，全年举办招聘活动6场。",
    "主动加强对接省交通运输厅落实项目前期工作，年内完成3个项目立项。",
], ids=["docks-with", "cooperates-with", "contacts", "verb-object-verb"])
def test_no_cut_after_a_verb_still_waiting_for_its_object(text: str) -> None:
    """An adverb and a verb alone ("主动对接") have not reached their object, the body's name after them."""
    from jihua.pipeline.run_in import series_split

    split = series_split(text, _SIBLINGS)
    assert split is None or not split[1].startswith(("市", "县", "区", "省"))


def test_a_clause_that_reached_its_object_is_cut_before_a_bodys_name() -> None:
    from jihua.pipeline.run_in import series_split

    assert series_split("规范河道管护区水利局每月开展一次巡查，发现问题限期整改。", _SIBLINGS) == (
        "规范河道管护", "区水利局每月开展一次巡查，发现问题限期整改。")
    assert series_split("健全帮扶台账市民政局每月核对一次救助对象，动态调整。", _SIBLINGS) == (
        "健全帮扶台账", "市民政局每月核对一次救助对象，动态调整。")


def test_a_body_name_opens_on_no_word_its_level_only_begins() -> None:
    """"县域产业发展县商务局": 县域 is a word, and no body's name opens on its 县; "市民政局" is a body's name."""
    from jihua.pipeline.run_in import _BODY_SUBJECT, series_split

    for words in ("县域产业发展县商务局要牵头建立台账", "区域协调发展市发改局统筹推进", "市场主体培育县市场监管局负责"):
        assert _BODY_SUBJECT.match(words) is None
    assert _BODY_SUBJECT.match("市民政局每月核对一次") is not None
    assert _BODY_SUBJECT.match("县市场监督管理局负责") is not None
    split = series_split("全力服务县域产业发展县商务局要牵头建立企业服务台账，每月走访重点企业。", _SIBLINGS)
    assert split is None or split[0] != "全力服务"


# --- a year opening the line after a figure's digits ------------------------------------------------------------

_COUNTED = """白沙县发展和改革局2027年重点项目推进计划
　　为加快推进全县重点项目建设，确保年度投资目标顺利完成，结合我县实际，制定本计划。
　　一、工作目标
　　全年完成重点项目投资38亿元以上，新开工项目16个，竣工投产项目7个，项目资金到位率达到90%以上。
　　二、保障措施
　　县发改局每月调度一次项目进展，对进度滞后的项目挂牌督办，确保各项任务按期完成。
　　附件：年度重点项目汇总表，纳入项目总数为15
{rest}
"""


@pytest.mark.parametrize("rest", ["2026年已竣工项目不再列入。", "3月底前各牵头单位报送季度进展。"], ids=["year", "month"])
def test_a_date_opening_the_next_line_continues_no_figure(parser, tmp_path, rest: str) -> None:
    doc = _parse(parser, tmp_path, _COUNTED.format(rest=rest))
    paragraphs = doc.sections[-1].paragraphs
    assert "附件：年度重点项目汇总表，纳入项目总数为15" in paragraphs and rest in paragraphs


def test_a_figure_cut_by_a_line_break_is_still_joined(parser, tmp_path) -> None:
    doc = _parse(parser, tmp_path, _COUNTED.format(rest="0个，较上年增加3个，全部纳入县级调度。"))
    assert "附件：年度重点项目汇总表，纳入项目总数为150个，较上年增加3个，全部纳入县级调度。" in doc.sections[-1].paragraphs
