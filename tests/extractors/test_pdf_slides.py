"""A deck printed to PDF reads as the deck itself does: a PowerPoint file drawn here with python-pptx,
printed by LibreOffice, and both read. Every text is our own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from jihua.extractors import pdf as pdf_extractor
from jihua.extractors.options import ExtractOptions

pptx = pytest.importorskip("pptx")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed")

TITLE = "临溪镇农业农村办公室2027年重点工作推进安排"


def _box(slide, left: float, top: float, width: float, height: float, lines: list[str], size: int,
         bold: bool = False) -> None:
    from pptx.util import Inches, Pt

    frame = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height)).text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        run = (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).add_run()
        run.text, run.font.size, run.font.bold = line, Pt(size), bold


def _bullets(placeholder, entries: list[tuple[int, str]]) -> None:
    frame = placeholder.text_frame
    for i, (level, text) in enumerate(entries):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text, para.level = text, level


def _deck(tmp_path: Path) -> Path:
    from pptx.util import Inches

    prs = pptx.Presentation()  # the default template: 4:3, title and bullet placeholders
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = TITLE  # wraps over two lines at the template's 44 pt
    cover.placeholders[1].text = "汇报单位：临溪镇农业农村办公室\n2027年1月"
    agenda = prs.slides.add_slide(prs.slide_layouts[5])
    agenda.shapes.title.text = "目录"
    _box(agenda, 2.5, 2.0, 5.0, 3.0, ["01　一、总体思路", "02　二、重点任务", "03　三、工作保障"], 18)
    divider = prs.slides.add_slide(prs.slide_layouts[6])
    _box(divider, 0.7, 3.3, 3.0, 0.4, ["PART 01"], 20)
    _box(divider, 0.7, 3.7, 4.0, 0.7, ["重点任务"], 40, bold=True)
    content = prs.slides.add_slide(prs.slide_layouts[1])
    content.shapes.title.text = "2027年工作打算"
    _bullets(content.placeholders[1], [(0, "新建高标准农田1.2万亩，完成土地整治项目3个。"),
                                       (1, "其中东片区整治项目年内开工。"),
                                       (0, "培育家庭农场不少于25家。")])
    two = prs.slides.add_slide(prs.slide_layouts[3])  # two content boxes side by side
    two.shapes.title.text = "产业发展"
    _bullets(two.placeholders[1], [(0, "扩大茶叶种植面积，新增茶园八百亩。"), (0, "建设冷链仓储中心一处。")])
    _bullets(two.placeholders[2], [(0, "举办农民丰收节系列活动四场。"), (0, "培训新型职业农民三百人次。")])
    closing = prs.slides.add_slide(prs.slide_layouts[6])
    _box(closing, 3.0, 2.5, 4.0, 0.8, ["谢谢！"], 44)
    _box(closing, 2.5, 3.6, 5.0, 0.6, ["敬请批评指正"], 32)
    src = tmp_path / "deck.pptx"
    prs.save(str(src))
    assert Inches(10) == prs.slide_width
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    return tmp_path / "deck.pdf"


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _deck(tmp_path_factory.mktemp("slides"))


def _blocks(path: Path) -> list:
    return [b for b in pdf_extractor.extract(path, ExtractOptions()) if b.furniture not in ("footer", "page_number")]


def test_each_page_reads_as_its_slide(deck: Path) -> None:
    """The cover's wrapped title is one title, its short lines subtitles; the agenda is set aside; "PART 01"
    is the divider's label; a slide's title is a slide title, never a document's."""
    blocks = _blocks(deck)
    assert (blocks[0].kind, blocks[0].text) == ("title", TITLE)
    assert [b.role for b in blocks[1:3]] == ["subtitle", "subtitle"]
    agenda = [b for b in blocks if b.prov.page == 2]
    assert all(b.furniture == "toc" for b in agenda) and len(agenda) == 4
    divider = next(b for b in blocks if b.prov.page == 3)
    assert (divider.kind, divider.role, divider.numbering, divider.text) == ("heading", "divider", "PART 01", "重点任务")
    slide = [b for b in blocks if b.prov.page == 4]
    assert (slide[0].kind, slide[0].role, slide[0].text) == ("heading", "slide_title", "2027年工作打算")


def test_drawn_bullets_are_taken_off_and_levels_kept(deck: Path) -> None:
    entries = [(b.text, b.num_level) for b in _blocks(deck) if b.prov.page == 4][1:]
    assert entries == [("新建高标准农田1.2万亩，完成土地整治项目3个。", None), ("其中东片区整治项目年内开工。", 1),
                       ("培育家庭农场不少于25家。", None)]


def test_two_bulleted_boxes_side_by_side_are_read_box_by_box(deck: Path) -> None:
    assert [b.text for b in _blocks(deck) if b.prov.page == 5][1:] == [
        "扩大茶叶种植面积，新增茶园八百亩。", "建设冷链仓储中心一处。", "举办农民丰收节系列活动四场。", "培训新型职业农民三百人次。"]


def test_the_printed_deck_parses_as_one_plan_without_its_closing_slide(parser, deck: Path) -> None:
    result = parser.parse(deck)
    assert len(result.documents) == 1
    doc = result.documents[0]
    assert doc.title == TITLE
    assert doc.org == "临溪镇农业农村办公室"
    text = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "批评指正" not in text and "•" not in text and "目录" not in text


def test_a_field_label_before_the_reporting_body_is_not_its_name(parser, tmp_path: Path) -> None:
    """"报告单位：云岫街道" under a title naming the place: the body is 云岫街道, without its label."""
    prs = pptx.Presentation()
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = "云岫街道2026年退役军人服务工作情况汇报"
    cover.placeholders[1].text = "报告单位：云岫街道\n2026年12月"
    content = prs.slides.add_slide(prs.slide_layouts[1])
    content.shapes.title.text = "主要做法"
    _bullets(content.placeholders[1], [(0, "走访慰问优抚对象420户次，发放慰问金16.8万元。")])
    path = tmp_path / "report.pptx"
    prs.save(str(path))
    assert parser.parse(path).documents[0].org == "云岫街道"


def test_a_typed_landscape_document_is_no_deck() -> None:
    """Landscape pages of running text (a plan printed across A4): many lines, no big title opening each."""
    from jihua.extractors.layout import Line, PageGeometry
    from jihua.extractors.pdf_slides import is_deck

    def page(n: int, title_size: float, lines: int) -> list[Line]:
        head = [Line(n, 300, 540, 60, 60 + title_size, "第二部分　主要任务", title_size)]
        return head + [Line(n, 72, 770, 100 + 22 * k, 116 + 22 * k, "推进城乡供水一体化，新建管网十二公里。", 16.0)
                       for k in range(lines)]

    wide = [PageGeometry(842, 595)] * 4
    assert is_deck([page(n, 32.0, 3) for n in range(1, 5)], wide)
    assert not is_deck([page(n, 22.0, 3) for n in range(1, 5)], wide)  # a typed heading's size
    assert not is_deck([page(n, 32.0, 20) for n in range(1, 5)], wide)  # a full page of text
    assert not is_deck([page(n, 32.0, 3) for n in range(1, 5)], [PageGeometry(595, 842)] * 4)  # portrait
