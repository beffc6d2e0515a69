"""Issuers that end as no 某县某局 does, and titles set over several lines.

- A pastoral area's township (苏木) and village (嘎查), and the Production and Construction Corps' units (兵团, a
  numbered division 第X师 and regiment 一二三团), end a place or a body as 乡 and 村 do; a profession (教师, 律师) or
  a group (共青团, 集团, 社团) is no such unit.
- A title whose year, org or kind stands on a line of its own is one title, the lines joined.
- Joint issuers a title sets apart with a space are joined as a joint sign-off's are (with 、).
- A talk on a document named in 《》 ("《…方案》政策宣讲") is that document's: the place its title names outweighs
  the unit a cover field names ("宣讲单位：…"), whose label is never part of an org.

The titles are written for these tests (fictional places and bodies).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.rules.titles import org_from_title

BODY = ["为做好全年工作，结合实际，制定本计划。", "一、工作目标", "全年新建项目6个。", "二、保障措施", "加强组织领导，落实工作责任。"]


@pytest.mark.parametrize(("title", "org"), [
    ("呼和陶勒盖苏木2027年工作计划", "呼和陶勒盖苏木"),
    ("巴音宝力格嘎查2027年工作要点", "巴音宝力格嘎查"),
    ("第七师一三一团2027年工作计划", "第七师一三一团"),
    ("第十二师2027年工作要点", "第十二师"),
    ("新疆生产建设兵团第四师2027年工作要点", "新疆生产建设兵团第四师"),
    ("一〇五团关于2027年团场职工技能培训的实施方案", "一〇五团"),
])
def test_pastoral_and_corps_units_end_an_issuers_name(title: str, org: str) -> None:
    assert org_from_title(title) == org


@pytest.mark.parametrize(("title", "org", "other", "other_org"), [
    # a regiment's digits, not a tour group or a lone "一团"; a division's ordinal, not a profession's 师
    ("第一师五团2027年工作计划", "第一师五团", "桐岭县旅游团2027年接待工作方案", None),
    ("农六师2027年工作要点", "农六师", "凝聚成一团2027年工作计划", None),
    ("二二三团2027年工作要点", "二二三团", "桐岭县律师2027年执业培训计划", None),
    ("第十四师2027年工作要点", "第十四师", "桐岭县三师2027年培训计划", None),
    # a group's or a profession's word inside a name: the name ends at its own ending
    ("三十一团2027年工作计划", "三十一团", "共青团桐岭县委2027年工作要点", "共青团桐岭县委"),
    ("第五师八十三团2027年工作要点", "第五师八十三团", "桐岭县文旅集团2027年工作计划", "桐岭县文旅集团"),
    ("第六师2027年工作要点", "第六师", "桐岭县教师进修学校2027年工作计划", "桐岭县教师进修学校"),
    ("第二师一〇二团2027年工作计划", "第二师一〇二团", "第二师范学院2027年工作要点", "第二师范学院"),
])
def test_a_corps_unit_is_numbered(title: str, org: str, other: str, other_org: str | None) -> None:
    assert (org_from_title(title), org_from_title(other)) == (org, other_org)


def _parse(parser, tmp_path: Path, lines: list[str]):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([*lines, *BODY]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    return doc.title, doc.org, doc.year


@pytest.mark.parametrize(("lines", "title", "org"), [
    (["2027年", "桐岭县民政局工作要点"], "2027年桐岭县民政局工作要点", "桐岭县民政局"),
    (["第三师四十四团", "2027年工作计划"], "第三师四十四团2027年工作计划", "第三师四十四团"),
    (["桐岭县民政局", "二〇二七年", "工作要点"], "桐岭县民政局二〇二七年工作要点", "桐岭县民政局"),
    (["二〇二七年度", "额尔敦苏木", "工作计划"], "二〇二七年度额尔敦苏木工作计划", "额尔敦苏木"),
])
def test_a_title_whose_year_org_or_kind_stands_alone_is_one_title(parser, tmp_path: Path, lines: list[str],
                                                                  title: str, org: str) -> None:
    assert _parse(parser, tmp_path, lines) == (title, org, 2027)


def test_a_year_alone_joins_a_title_a_cover_date_does_not(parser, tmp_path: Path) -> None:
    """A date names its month: "二〇二七年三月" is the cover's, no title's year."""
    assert _parse(parser, tmp_path, ["二〇二七年", "桐岭县民政局工作要点"])[0] == "二〇二七年桐岭县民政局工作要点"
    assert _parse(parser, tmp_path, ["二〇二七年三月", "桐岭县民政局工作要点"])[0] == "桐岭县民政局工作要点"


def test_joint_issuers_in_a_title_are_joined_as_a_sign_offs_are(parser, tmp_path: Path) -> None:
    assert org_from_title("中共桐岭县委组织部 桐岭县人力资源和社会保障局关于2027年人才引进的实施方案") \
        == "中共桐岭县委组织部、桐岭县人力资源和社会保障局"
    assert org_from_title("青石经开区管委会 青石市商务局关于2027年招商引资的实施方案") == "青石经开区管委会、青石市商务局"
    # one body's name spaced out stays one name
    assert org_from_title("中共桐岭县委 宣传部2027年工作要点") == "中共桐岭县委宣传部"


def _deck(tmp_path: Path, title: str, field: str):
    from pptx import Presentation

    prs = Presentation()
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = title
    cover.placeholders[1].text = f"{field}\n2027年3月"
    for heading, body in [("一、工作目标", "全年新建农村供水工程12处。"), ("二、重点任务", "完成水质检测不少于40次。")]:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = heading
        slide.placeholders[1].text = body
    path = tmp_path / "talk.pptx"
    prs.save(str(path))
    return path


def test_a_talk_on_a_document_is_the_documents_and_a_field_label_no_part_of_an_org(parser, tmp_path: Path) -> None:
    path = _deck(tmp_path, "《桐岭县2027年农村供水保障工作实施方案》政策宣讲", "宣讲单位：桐岭县水利局")
    assert parser.parse(path).documents[0].org == "桐岭县"
    # a talk whose title names no body: the unit giving it, its label off
    path = _deck(tmp_path, "守护一方清水 共建美丽家园", "宣讲单位：桐岭县水利局")
    assert parser.parse(path).documents[0].org == "桐岭县水利局"
    # a report's deck: the unit that reports signs it, under the place its title names
    path = _deck(tmp_path, "桐岭县2027年农村供水保障工作汇报", "汇报单位：桐岭县水利局")
    assert parser.parse(path).documents[0].org == "桐岭县水利局"
