"""Who issues a document whose title does not say: a reader's tag before the title, a subtitle or a
presenter's line in the title block, and the kind such a talk or reading is.

The texts are written for these tests (fictional places, bodies and people).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline import meta
from jihua.pipeline.doc_kind import doc_type
from jihua.pipeline.model import Document, Section, Unit
from jihua.pipeline.rules.titles import org_from_title, without_reader_tag
from jihua.schemas.blocks import Block, Provenance


def _section(heading: str) -> Section:
    return Section(number="", heading=heading, level=1, unit=None, children=[])


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("tag", ["图解：", "一图读懂｜", "一图看懂 ", "图说：", "解读：", "速览丨"])
def test_a_readers_tag_before_a_report_title_leaves_the_report_its_government(parser, tmp_path, tag: str) -> None:
    """"图解：2025年…政府工作报告" is a reading of the report: the title keeps the tag, the org is the report's."""
    title = f"{tag}2025年松岚区政府工作报告"
    doc = parser.parse(_write(tmp_path, [
        title, "一、2024年工作回顾", "地区生产总值增长5.2%。", "二、2025年重点工作", "全年新增城镇就业8000人以上。"])).documents[0]
    assert (doc.title, doc.org, doc.year) == (title.strip(), "松岚区人民政府", 2025)


@pytest.mark.parametrize(("title", "org"), [
    ("一图读懂：白溪镇2026年民生实事工作要点", "白溪镇"),
    ("图解｜柳川县农业农村局2026年工作计划", "柳川县农业农村局"),
    # names that only begin like a tag are names
    ("图们市文化馆2026年工作计划", "图们市文化馆"),
    ("图书馆2026年读者服务工作计划", "图书馆"),
])
def test_a_readers_tag_is_not_read_as_the_org(title: str, org: str) -> None:
    assert org_from_title(title) == org


def test_a_word_that_only_begins_like_a_tag_stays() -> None:
    assert without_reader_tag("图书馆2026年工作计划") == "图书馆2026年工作计划"
    assert without_reader_tag("解读：某县2026年工作要点") == "某县2026年工作要点"


def _unit(text: str, at: int) -> Unit:
    return Unit(text=text, block=Block(text=text, prov=Provenance(file="t", index=at)))


def _talk(*front: str) -> Document:
    """A 党课 titled with its theme, its title block under it."""
    body = ["一、准确理解统计工作的初心使命", "统计数据是科学决策的重要依据。", "二、下一步工作打算", "全年开展统计执法检查不少于12次。"]
    return Document(title="守好统计数据生命线", units=[_unit(t, 10 + i) for i, t in enumerate(body)],
                    front=[_unit(t, i) for i, t in enumerate(front)])


@pytest.mark.parametrize("front", [
    ("——柳川县统计局2026年主题宣讲", "主讲人：局党组书记、局长 陈某某"),  # the subtitle names it, the byline a post in it
    ("柳川县统计局关于统计法治建设的专题宣讲",),
    ("主讲人：柳川县统计局党组书记、局长 陈某某",),  # the presenter's line names it
])
def test_a_title_block_line_names_the_body_the_title_does_not(front: tuple[str, ...]) -> None:
    assert meta.run(_talk(*front)).org == "柳川县统计局"


def test_an_occasion_line_names_where_a_talk_was_given_not_who_gives_it() -> None:
    org = meta.run(_talk("——2026年3月在柳川县统计工作会议上的讲话")).org
    assert org is None or "在" not in org


def test_a_talks_problems_and_next_steps_make_no_summary() -> None:
    """Problems and next steps are what a 党课 or a report on one issue says too: a summary looks back at
    the work done."""
    doc = Document(title="守好统计数据生命线", units=[])
    doc.sections = [_section("准确理解统计工作的初心使命"), _section("正视工作中的短板和不足"), _section("下一步工作打算")]
    assert doc_type(doc.title, doc) == "other"
    doc.sections = [_section("主要工作成效"), _section("存在的问题"), _section("下一步工作打算")]
    assert doc_type(doc.title, doc) == "summary"


def test_a_talk_deck_with_its_subtitle_and_byline_on_the_title_slide(tmp_path: Path) -> None:
    from jihua.pipeline.config import Config
    from jihua.pipeline.runner import Parser
    from pptx import Presentation

    prs = Presentation()
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = "守好统计数据生命线"
    cover.placeholders[1].text = "——柳川县统计局2026年主题宣讲\n主讲人：局党组书记、局长 陈某某"
    for heading, body in [("一、准确理解统计工作的初心使命", "统计数据是科学决策的重要依据。"),
                          ("二、正视工作中的短板和不足", "基层统计力量还比较薄弱。"),
                          ("三、下一步工作打算", "全年开展统计执法检查不少于12次。")]:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = heading
        slide.placeholders[1].text = body
    path = tmp_path / "talk.pptx"
    prs.save(str(path))
    doc = Parser(Config(nlp=False)).parse(path).documents[0]
    assert (doc.title, doc.org, doc.doc_type) == ("守好统计数据生命线", "柳川县统计局", "other")
    assert [s.type for s in doc.sections][1:] == ["problems", "outlook"]
