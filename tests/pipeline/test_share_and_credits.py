"""A page's share bar and its publisher's production credits, in every file a page is saved to.

A news page puts its share links under the byline ("分享到：微信 微博 QQ空间", copied glued as "微信微博QQ空间"),
and a 图解 deck or an article closes on its credits ("来源：… 制图：… 监制：…"): neither is the plan's, and a
plan's own fields (责任单位：…) or a sentence naming a 来源 stay. Every text here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.pipeline.covers import credit_lines, share_rows
from jihua.pipeline.model import Unit
from jihua.pipeline.rules import chrome as site
from jihua.schemas.blocks import Block, Provenance
from jihua.schemas.plan import walk

_TITLE = "2027年梧桐县政府工作报告"
_HEAD = ["2027年01月18日10:05　来源：梧桐日报"]
_LEAD = ["——2027年1月11日在梧桐县第九届人民代表大会第三次会议上", "县长　孙立群", "各位代表："]
_BODY = ["一、2026年工作回顾", "过去一年，全县地区生产总值增长5.8%，城镇新增就业3600人。",
         "一年来，我们坚持稳中求进，统筹发展和安全，持续抓项目、强产业、优环境、惠民生，规上工业增加值增长7.4%，"
         "一般公共预算收入完成19.6亿元，居民人均可支配收入增长6.1%，各项社会事业全面进步，经济社会发展稳中有进。"
         "我们深入推进营商环境改革，新增市场主体5200户，引进亿元以上项目21个；扎实推进乡村振兴，建成和美乡村示范村"
         "14个，农村居民人均可支配收入增长7.2%；持续办好民生实事，新建城乡社区养老服务站11个，完成老旧小区改造18个。",
         "二、2027年主要任务", "（一）扩大有效投资。实施县级重点项目72个，完成投资68亿元以上。",
         "（二）增进民生福祉。新改建农村公路95公里，新增普惠托位240个。"]
_CREDITS = "来源：梧桐县人民政府　制图：梧桐县融媒体中心　监制：钱书亭"


def _units(lines: list[str]) -> list[Unit]:
    return [Unit(text=t, block=Block(text=t, prov=Provenance(file="t", index=i))) for i, t in enumerate(lines)]


def _body_text(doc) -> list[str]:
    return [*doc.paragraphs, *(p for s in walk(doc.sections) for p in [s.heading, *s.paragraphs])]


@pytest.mark.parametrize("row", ["微信微博QQ空间", "微信 微博 QQ空间", "分享到：微信 | 新浪微博 | 朋友圈", "分享至：",
                                 "QQ好友 复制链接"])
def test_a_share_bar_is_the_pages(row: str) -> None:
    assert site.SHARE_ROW.match(row)


@pytest.mark.parametrize("line", ["微信", "微信、微博", "通过微信、微博及时发布惠民政策", "微信公众号 微博",
                                  "（三）微信微博"])
def test_a_plan_naming_its_channels_is_no_share_bar(line: str) -> None:
    assert share_rows(_units([line])) == (_units([line]), [])


def test_credits_are_set_aside_and_a_plans_own_fields_stay() -> None:
    kept = ["责任单位：县发改局　配合单位：县财政局", "来源：县统计局，数据截至2026年末。", "编辑：孙某负责汇总。"]
    units, credits = credit_lines(_units([kept[0], _CREDITS, kept[1], kept[2]]))
    assert [u.text for u in units] == kept and [u.text for u in credits] == [_CREDITS]
    # one field alone is the publisher's only as the file's last line
    units, credits = credit_lines(_units(["来源：梧桐县人民政府", _BODY[1], "来源：梧桐县人民政府"]))
    assert [u.text for u in units] == ["来源：梧桐县人民政府", _BODY[1]] and len(credits) == 1
    # a PDF's last line joined onto the text's last sentence is cut off it there
    units, credits = credit_lines(_units([_BODY[3], _BODY[4] + "来源：梧桐县人民政府制图：梧桐县融媒体中心"]))
    assert [u.text for u in units] == [_BODY[3], _BODY[4]]
    assert [u.text for u in credits] == ["来源：梧桐县人民政府制图：梧桐县融媒体中心"]


def _check(result, row: str) -> None:
    doc = result.documents[0]
    assert doc.title == _TITLE
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "2026年工作回顾"), ("二、", "2027年主要任务")]
    assert not any(w in t for t in _body_text(doc) for w in ("微信", "微博", "制图", "监制"))
    aside = result.removed + [f.text for f in result.furniture]  # (a page's layout may set it beside the article)
    assert row in aside and _CREDITS in aside
    assert doc.sections[1].children[-1].paragraphs == ["新改建农村公路95公里，新增普惠托位240个。"]


@pytest.mark.parametrize("row", ["微信微博QQ空间", "微信 | 微博 | QQ空间"])
def test_a_text_copy_of_a_news_page(parser, tmp_path: Path, row: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([_TITLE, *_HEAD, row, *_LEAD, *_BODY, _CREDITS]) + "\n", encoding="utf-8")
    _check(parser.parse(path), row)


def test_a_share_widget_of_inline_links_on_a_news_page(parser, tmp_path: Path) -> None:
    """The widget's label is a span the page names "share"; its links stay, glued, in a plain div beside the
    byline, inside the column that holds the article and its list of related news."""
    body = "".join(f"<p>{t}</p>" for t in [*_LEAD, *_BODY, _CREDITS])
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
                    f"<div class='col fl'><h1>{_TITLE}</h1><div class='fl'>{_HEAD[0]}</div>"
                    "<div class='fr'><span class='share'>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>"
                    f"<div class='con'>{body}</div><div class='edit'>（责任编辑：郑可）</div>"
                    "<div class='box'><h2>相关新闻</h2><ul><li><a>梧桐县人代会闭幕</a> 2027-01-12</li>"
                    "<li><a>梧桐县政协会议开幕</a> 2027-01-10</li></ul></div></div></body></html>", encoding="utf-8")
    result = parser.parse(path)
    _check(result, "微信微博QQ空间")
    assert result.documents[0].paragraphs == ["各位代表："]


def test_a_word_copy_of_a_news_page(parser, tmp_path: Path) -> None:
    from docx import Document

    word = Document()
    for line in [_TITLE, "分享到：微信 微博 QQ空间", *_LEAD, *_BODY, _CREDITS]:
        word.add_paragraph(line)
    path = tmp_path / "page.docx"
    word.save(str(path))
    _check(parser.parse(path), "分享到：微信 微博 QQ空间")


def test_a_decks_closing_credits(parser, tmp_path: Path) -> None:
    """A 图解 deck's last slide: its thanks over the credits. Neither is the last part's text."""
    from pptx import Presentation

    deck = Presentation()
    deck.slides.add_slide(deck.slide_layouts[0]).shapes.title.text = "图解：2027年梧桐县政府工作报告"
    for heading, lines in (("一、扩大有效投资", ["● 实施县级重点项目72个"]), ("二、增进民生福祉", ["● 新增普惠托位240个"])):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        slide.placeholders[1].text_frame.text = lines[0]
    last = deck.slides.add_slide(deck.slide_layouts[1])
    last.shapes.title.text = "谢谢观看"
    last.placeholders[1].text_frame.text = _CREDITS
    path = tmp_path / "deck.pptx"
    deck.save(str(path))
    result = parser.parse(path)
    doc = result.documents[0]
    assert [(s.heading, s.paragraphs) for s in walk(doc.sections)][-1] == ("增进民生福祉", ["新增普惠托位240个"])
    assert _CREDITS in result.removed


# ---- a plan's own lines that look like a share bar or credits, outside a web copy --------------------------
# (a county's publicity plan names its channels as headings, its review steps and its division of labour as fields)

_PLAN_TITLE = "柳溪县2027年政策宣传工作方案"
_PLAN_OPEN = ["为做好全县政策宣传工作，结合实际，制定本方案。", "一、宣传渠道"]


def _word(tmp_path: Path, lines: list[tuple[str, bool]]) -> Path:
    """A Word file of (text, bold) paragraphs, the plan's title first."""
    from docx import Document

    word = Document()
    for text, bold in [(_PLAN_TITLE, True), *lines]:
        word.add_paragraph().add_run(text).bold = bold
    path = tmp_path / "plan.docx"
    word.save(str(path))
    return path


def _removed_text(result) -> list[str]:
    return [*result.removed, *(f.text for f in result.furniture)]


def test_a_plans_channel_headings_are_no_share_bar(parser, tmp_path: Path) -> None:
    """Bold "微信/微博" over its own paragraph, beside a bold "抖音": the plan's channels, not a page's share bar."""
    lines = [(t, False) for t in _PLAN_OPEN] + [
        ("微信/微博", True), ("每周推送惠企政策解读不少于4条。", False),
        ("抖音", True), ("每月制作政策短视频不少于6条。", False),
        ("二、工作要求", False), ("各单位要明确专人负责，按时报送宣传信息。", False)]
    result = parser.parse(_word(tmp_path, lines))
    assert "微信/微博" not in _removed_text(result)
    heads = [(s.heading, s.paragraphs) for s in walk(result.documents[0].sections)]
    assert ("微信/微博", ["每周推送惠企政策解读不少于4条。"]) in heads


def test_a_bare_share_row_beside_page_chrome_in_a_word_copy() -> None:
    """Outside a web copy the bare row of services is the page's beside its 分享 label or other chrome only."""
    label, row = "分享到：", "微信 微博 QQ空间"
    assert [u.text for u in share_rows(_units([_TITLE, label, row, _BODY[1]]))[1]] == [label, row]
    assert [u.text for u in share_rows(_units([_TITLE, _HEAD[0], row, _BODY[1]]))[1]] == [row]
    assert share_rows(_units(["抖音", row, _BODY[1]]))[1] == []
    assert [u.text for u in share_rows(_units(["抖音", row, _BODY[1]]), web_copy=True)[1]] == [row]


_PROCEDURE = "初审：各乡（镇）人民政府　复审：县市场监管局　终审：县评审工作组"


def test_a_plans_review_steps_are_no_credits(parser, tmp_path: Path) -> None:
    lines = [(t, False) for t in ["为做好全县质量示范单位评选工作，制定本方案。", "一、评选程序",
                                  "评选按三级审核进行。", _PROCEDURE, "二、工作要求", "各单位要严格标准，按时报送材料。"]]
    result = parser.parse(_word(tmp_path, lines))
    assert _PROCEDURE not in _removed_text(result)
    assert _PROCEDURE in [p for s in walk(result.documents[0].sections) for p in s.paragraphs]


def test_review_fields_count_beside_a_publishers_field() -> None:
    line = "来源：柳溪县人民政府　审核：柳溪县融媒体中心"
    assert [u.text for u in credit_lines(_units([_BODY[1], line, _BODY[4]]))[1]] == [line]
    assert credit_lines(_units([_BODY[1], _PROCEDURE, _BODY[4]]))[1] == []
    # a web page or a slide deck prints its staff with no publisher's field
    assert [u.text for u in credit_lines(_units([_BODY[1], _PROCEDURE]), web_or_slides=True)[1]] == [_PROCEDURE]


_DUTIES = ["策划：县委组织部", "统筹：县教育体育局", "制作：县广播电视台"]


def test_a_plans_closing_list_of_duties_is_no_credit(parser, tmp_path: Path) -> None:
    lines = [(t, False) for t in ["为办好全县读书月活动，制定本方案。", "一、活动安排", "4月举办读书分享会12场。",
                                  "二、职责分工", *_DUTIES]]
    result = parser.parse(_word(tmp_path, lines))
    assert not any(d in _removed_text(result) for d in _DUTIES)
    duties = [s for s in walk(result.documents[0].sections) if s.heading == "职责分工"]
    assert duties and duties[0].paragraphs == _DUTIES


def test_a_lone_closing_field() -> None:
    """A publisher's field alone at the end is its credit; a plan's field closing a list of such fields is not."""
    assert [u.text for u in credit_lines(_units([_BODY[1], "来源：柳溪县人民政府"]))[1]] == ["来源：柳溪县人民政府"]
    assert credit_lines(_units([_BODY[1], "制作：县广播电视台"]))[1] == []
    assert credit_lines(_units(["联络人：县教育体育局", "来源：县广播电视台"]))[1] == []
