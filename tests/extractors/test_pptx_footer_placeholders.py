"""PPTX decks whose slides carry the date, footer and slide-number placeholders PowerPoint's Header & Footer
command adds: page furniture that must not change how a slide is read (its title, a divider, the thanks
slide ending the deck), and parts the 目录 slide lists that stay one deck's parts."""

from __future__ import annotations

import copy
from pathlib import Path

from jihua.schemas.plan import walk
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu, Pt

from jihua import extractors

_FURNITURE = {PP_PLACEHOLDER.DATE: "2027年2月", PP_PLACEHOLDER.FOOTER: "青川县水务局"}


def _header_and_footer(slide, number: int) -> None:
    """Clone the layout's date, footer and slide-number placeholders onto the slide, as Header & Footer does."""
    for ph in slide.slide_layout.placeholders:
        kind = ph.placeholder_format.type
        if kind in (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER):
            slide.shapes._spTree.append(copy.deepcopy(ph._element))
            slide.shapes[-1].text_frame.text = _FURNITURE.get(kind, str(number))


def _lines(slide, top: int, lines: list[str], size: int) -> None:
    frame = slide.shapes.add_textbox(Emu(1_500_000), Emu(top), Emu(7_000_000), Emu(800_000)).text_frame
    for i, line in enumerate(lines):
        run = (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).add_run()
        run.text, run.font.size = line, Pt(size)


def _new(prs, layout: int):
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    _header_and_footer(slide, len(prs.slides))
    return slide


def _deck(parts: list[tuple[str | None, str, list[str]]], closing: list[str] | None = None, contents: bool = False):
    """Cover, an optional 目录 slide, then per part a blank-layout divider (its number box, if any, over its
    name box) and one content slide; every slide with Header & Footer placeholders."""
    prs = Presentation()
    cover = _new(prs, 0)
    cover.shapes.title.text = "青川县水务局2026年工作总结"
    if contents:
        toc = _new(prs, 5)
        toc.shapes.title.text = "目录"
        for k, (_, name, _) in enumerate(parts):
            _lines(toc, 1_500_000 + k * 700_000, [f"0{k + 1}  {name}"], 22)
    for number, name, body in parts:
        divider = _new(prs, 6)
        if number:
            _lines(divider, 2_000_000, [number], 28)
        _lines(divider, 2_900_000, [name], 40)
        content = _new(prs, 5)  # "Title Only", its text in a box
        content.shapes.title.text = body[0]
        _lines(content, 1_500_000, body[1:], 18)
    if closing:
        _lines(_new(prs, 6), 2_500_000, closing, 44)
    return prs


def test_a_divider_in_text_boxes_beside_header_and_footer_placeholders_is_a_numbered_part(parser, tmp_path: Path) -> None:
    """"第一部分" over the part's name on a blank slide is a divider, the date, footer and slide number
    PowerPoint adds beside them aside: its part holds the slides after it."""
    path = tmp_path / "deck.pptx"
    _deck([("第一部分", "供水保障情况", ["农村饮水工程", "新建集中供水站7处。"]),
           ("第二部分", "防汛抗旱工作", ["山洪灾害防御", "修订村级防汛预案41个。"])]).save(str(path))
    _, blocks = extractors.extract(path)
    assert [(b.kind, b.role, b.numbering, b.text) for b in blocks if b.prov.page == 2 and b.furniture is None] == [
        ("heading", "divider", "第一部分", "供水保障情况")]
    assert [b.furniture for b in blocks if b.prov.page == 2 and b.furniture] == ["footer", "footer", "page_number"]
    doc = parser.parse(path).documents[0]
    assert [(s.number, s.heading, [c.heading for c in s.children]) for s in doc.sections] == [
        ("第一部分", "供水保障情况", ["农村饮水工程"]), ("第二部分", "防汛抗旱工作", ["山洪灾害防御"])]
    # the part number beside two boxes of text is a content slide, not a divider
    prs = Presentation()
    slide = _new(prs, 6)
    for k, line in enumerate(["第三部分", "新建集中供水站7处", "修订村级防汛预案41个"]):
        _lines(slide, 1_000_000 + k * 1_000_000, [line], 28 if k == 0 else 20)
    prs.save(str(path))
    assert not [b for b in extractors.extract(path)[1] if b.role == "divider"]


def test_a_part_the_contents_slide_lists_starts_no_second_document(parser, tmp_path: Path) -> None:
    """A divider printing only its part's name ("2027年工作打算", set large, no number) is one of the parts
    the 目录 slide lists: a part of the deck, never the title of a second plan."""
    path = tmp_path / "deck.pptx"
    _deck([(None, "2026年工作回顾", ["河湖长制落实", "全年巡河2.3万人次，清理河道垃圾860吨。"]),
           (None, "2027年工作打算", ["水源地保护", "2027年完成水源地规范化建设12处。"])], contents=True).save(str(path))
    result = parser.parse(path)
    assert [d.title for d in result.documents] == ["青川县水务局2026年工作总结"]
    assert "2027年完成水源地规范化建设12处。" in [p for s in walk(result.documents[0].sections) for p in s.paragraphs]


def test_a_last_slide_of_thanks_closes_the_deck_whatever_came_before(parser, tmp_path: Path) -> None:
    """"感谢聆听" over "恳请各位领导和同志们批评指正！" on the last slide, no title on it: the deck's closing,
    not the last part's text, after a slide of text boxes as after one of placeholders."""
    thanks = ["感谢聆听", "恳请各位领导和同志们批评指正！"]
    path = tmp_path / "deck.pptx"
    _deck([("第一部分", "供水保障情况", ["农村饮水工程", "新建集中供水站7处。"])], closing=thanks).save(str(path))
    doc = parser.parse(path).documents[0]
    assert doc.closing == thanks
    assert [p for s in walk(doc.sections) for p in s.paragraphs] == ["新建集中供水站7处。"]
    # thanks that go on to say more ("感谢…支持，全年…") are the deck's text, not its closing words
    words = "感谢各级各部门支持，全年水利投资完成9.6亿元"
    _deck([("第一部分", "供水保障情况", ["农村饮水工程", "新建集中供水站7处。"])], closing=[words]).save(str(path))
    doc = parser.parse(path).documents[0]
    assert doc.closing == []
    assert words in [p for s in walk(doc.sections) for p in s.paragraphs]
