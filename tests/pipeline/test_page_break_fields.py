"""An official document's closing fields after its text (版记 "抄送：…", "联系人：…", "附件："): a page
break that brings one up leaves no gap nor short line to end the text by, and a text copy may run the
two together; the text still ends at its last sentence and the 版记 is set aside. Every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.layout import BodyMetrics, Line, paragraphs

from jihua import extractors
from tests.fodt import paragraph, render

_TITLE = "东溪县林业局2026年森林防火工作方案"
_GOAL = "全年不发生重大以上森林火灾，森林火灾受害率控制在千分之零点九以内，火灾当日扑灭率达到百分之九十五以上。"
# two full lines at 16 pt in a 6-inch frame: its last line runs to the margin
_LAST = "各乡镇要在五月底前完成护林员年度培训和装备配发，做到人员到位、责任到位、措施到位，巡护队伍年内实现全覆盖。"
_COPIED_TO = "抄送：县应急管理局，县气象局，县消防救援大队。"
_PRINTED = "东溪县林业局办公室　　2026年3月2日印发"


def test_a_distribution_note_opening_the_next_page_leaves_the_last_paragraph(parser, tmp_path: Path) -> None:
    """Rendered by LibreOffice: the text's last paragraph fills page 1 to the margin, and page 2 opens
    flush left with "抄送：": the note is no part of that paragraph, and is set aside as the 版记."""
    import pdfplumber

    p = paragraph
    body = "".join([p(_TITLE, "Title"), p("一、工作目标"), p(_GOAL), p("二、保障措施"), p(_LAST),
                    p(_COPIED_TO, "NewPage"), p(_PRINTED, "Flush")])
    pdf = render(tmp_path, body, size=16, name="plan")
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
