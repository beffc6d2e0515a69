"""An official document's closing fields after its text (版记 "抄送：…", "联系人：…", "附件："): a page
break that brings one up leaves no gap nor short line to end the text by, and a text copy may run the
two together; the text still ends at its last sentence and the 版记 is set aside. Every text is our own."""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from jihua.extractors.layout import BodyMetrics, Line, paragraphs

from jihua import extractors

_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="32pt" fo:text-align="justify"/>
  <style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="16pt" style:font-size-asian="16pt"/>
 </style:style>
 <style:style style:name="Flush" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-indent="0pt"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/>
  <style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="22pt" style:font-size-asian="22pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="NewPage" style:family="paragraph" style:parent-style-name="Flush">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:page-layout style:name="Page">
  <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="1in"
   fo:margin-bottom="1in" fo:margin-left="1.25in" fo:margin-right="1.25in"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/></office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
"""

_TITLE = "东溪县林业局2026年森林防火工作方案"
_GOAL = "全年不发生重大以上森林火灾，森林火灾受害率控制在千分之零点九以内，火灾当日扑灭率达到百分之九十五以上。"
# two full lines at 16 pt in a 6-inch frame: its last line runs to the margin
_LAST = "各乡镇要在五月底前完成护林员年度培训和装备配发，做到人员到位、责任到位、措施到位，巡护队伍年内实现全覆盖。"
_COPIED_TO = "抄送：县应急管理局，县气象局，县消防救援大队。"
_PRINTED = "东溪县林业局办公室　　2026年3月2日印发"


def _p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def test_a_distribution_note_opening_the_next_page_leaves_the_last_paragraph(parser, tmp_path: Path) -> None:
    """Rendered by LibreOffice: the text's last paragraph fills page 1 to the margin, and page 2 opens
    flush left with "抄送：": the note is no part of that paragraph, and is set aside as the 版记."""
    import pdfplumber

    from corpus.render import pdf_from_docx

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    body = "".join([_p(_TITLE, "Title"), _p("一、工作目标"), _p(_GOAL), _p("二、保障措施"), _p(_LAST),
                    _p(_COPIED_TO, "NewPage"), _p(_PRINTED, "Flush")])
    source, pdf = tmp_path / "plan.fodt", tmp_path / "plan.pdf"
    source.write_text(_FODT.format(body=body), encoding="utf-8")
    pdf_from_docx(source, pdf)
    with pdfplumber.open(pdf) as opened:
        first_page = opened.pages[0].extract_text_lines()
        assert first_page[-1]["x1"] > max(ln["x1"] for ln in first_page[:-1]) - 16, "page 1 must end on a full line"
        assert (opened.pages[1].extract_text() or "").startswith("抄送")
    assert [b.text for b in extractors.extract(pdf)[1]][-3:-1] == [_LAST, _COPIED_TO]
    result = parser.parse(pdf)
    [doc] = result.documents
    assert doc.sections[-1].paragraphs == [_LAST]
    assert _COPIED_TO in result.removed


def _lines(rows: list[tuple[int, int, int, str]]) -> list[Line]:
    """16-pt lines 28 pt apart, each (page, x0, x1, text), in a frame from x 90 to 522."""
    return [Line(page, x0, x1, 100 + 28 * i, 116 + 28 * i, text, 16, font="NotoSerifCJK")
            for i, (page, x0, x1, text) in enumerate(rows)]


@pytest.mark.parametrize("field", ["抄送：县民政局，县财政局。", "联系人：李明，联系电话：0571-6601234", "附件：1．巡护路线图"])
def test_a_field_label_opening_a_page_after_a_closed_sentence_starts_a_paragraph(field: str) -> None:
    metrics = BodyMetrics(left=90, right=522, size=16, gap=28, font="NotoSerifCJK")
    lines = _lines([
        (1, 122, 522, "各村（社区）要结合实际细化防火责任网格，明确每个网格的"),
        (1, 90, 522, "责任人和巡护频次，重点时段实行二十四小时值班值守。"),
        (2, 90, 330, field),
    ])
    assert [len(p.lines) for p in paragraphs(lines, metrics)] == [2, 1]


def test_a_sentence_going_on_over_a_page_break_still_joins() -> None:
    """A page opening with running text — after an open clause or after a sentence that ended at the
    line's end — continues the paragraph; so does a field's word inside a sentence."""
    metrics = BodyMetrics(left=90, right=522, size=16, gap=28, font="NotoSerifCJK")
    lines = _lines([
        (1, 122, 522, "各村（社区）要结合实际细化防火责任网格，明确每个网格的"),
        (2, 90, 522, "责任人和巡护频次，重点时段实行二十四小时值班值守。"),
        (3, 90, 522, "抄送名单由县防火办统一确定，各乡镇不得自行增减，确保"),
        (3, 90, 300, "信息传达到位。"),
    ])
    assert [len(p.lines) for p in paragraphs(lines, metrics)] == [4]


def test_a_text_copy_that_runs_the_note_onto_the_last_sentence_still_sets_it_aside(parser, tmp_path: Path) -> None:
    """A TXT copy of the PDF: the note's first field glued to the last paragraph ("…全覆盖。抄送：…"). The
    paragraph keeps its text and the note is the 版记's."""
    lines = [_TITLE, "一、工作目标", _GOAL, "二、保障措施", _LAST + _COPIED_TO, _PRINTED]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = parser.parse(path)
    [doc] = result.documents
    assert doc.sections[-1].paragraphs == [_LAST]
    assert _COPIED_TO in result.removed


def test_a_last_paragraph_naming_where_returns_go_stays_the_plans_without_a_note_under_it(parser, tmp_path: Path) -> None:
    """"…报送县应急管理局。抄送：…" closing a 报送要求 part with no 版记 under it is the plan's own sentence."""
    last = "各乡镇于每月5日前报送上月工作情况。抄送：县应急管理局，县气象局。"
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([_TITLE, "一、工作目标", _GOAL, "二、报送要求", last]), encoding="utf-8")
    [doc] = parser.parse(path).documents
    assert doc.sections[-1].paragraphs == [last]
