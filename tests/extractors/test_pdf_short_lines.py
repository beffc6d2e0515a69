"""Short lines in a PDF that end no paragraph: a body line a CJK line break (kinsoku) left several
ems short, and a masthead set larger over a title, which is no first line of it. PDFs are drawn
here with reportlab; every text is our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from jihua.extractors.layout import BodyMetrics, Line, paragraphs

SIZE = 16.0
LEFT, RIGHT = 90.0, 506.0  # 26 characters of 16 pt
PITCH = 27.0


def _sizes(rows: list[tuple[float, float, str]], size: float = SIZE) -> list[int]:
    metrics = BodyMetrics(left=LEFT, right=RIGHT, size=size, gap=PITCH, font="NotoSerifCJK")
    lines = [Line(1, x0, x1, 100 + PITCH * i, 100 + PITCH * i + size, text, size, font="NotoSerifCJK")
             for i, (x0, x1, text) in enumerate(rows)]
    return [len(p.lines) for p in paragraphs(lines, metrics)]


def test_a_closing_and_an_opening_mark_held_to_one_character_go_down_with_it() -> None:
    """LibreOffice breaks no line before or after a quotation mark: "察，“智" (and "态”“双") go
    down as four characters, the line above ending 4 em short. It stays in its paragraph."""
    assert _sizes([
        (122, 442, "第四季度完成全区农贸市场快检室全覆盖巡"),
        (90, 504, "察，“智慧农贸”监管覆盖率达到85%以上。冷链食品"),
        (90, 300, "追溯率保持百分之百。"),
        (122, 442, "持续推进生态环境治理，全面落实“生态一"),
        (90, 504, "态”“双随机”监管，全年抽查排污单位40家次。"),
    ]) == [3, 2]


def test_a_line_ending_far_short_still_ends_its_paragraph() -> None:
    """The marks held together explain four ems, not six: a line stopping six ems short before
    "某，“…" ends its paragraph."""
    assert _sizes([
        (122, 410, "第四季度完成全区农贸市场快检室全覆"),
        (90, 504, "盖，“智慧农贸”监管覆盖率达到85%以上。冷链食品"),
    ]) == [1, 1]


def test_a_masthead_in_a_size_of_its_own_is_no_first_line_of_the_title() -> None:
    """A 22-pt masthead centred over a 20-pt title, narrower than it: two lines; a 20-pt title
    wrapping onto a shorter centred line stays one."""
    metrics = BodyMetrics(left=LEFT, right=RIGHT, size=15, gap=24, font="NotoSans")
    masthead = [Line(1, 199, 397, 40, 62, "湖滨区工商业联合会", 22.0, font="NotoSans"),
                Line(1, 158, 438, 75, 95, "湖滨区工商业联合会2027年工作要点", 20.0, font="NotoSans")]
    assert [len(p.lines) for p in paragraphs(masthead, metrics)] == [1, 1]
    wrapped = [Line(1, 98, 498, 40, 60, "湖滨区工商业联合会关于印发2027年会员服务", 20.0, font="NotoSans"),
               Line(1, 228, 368, 75, 95, "工作方案的通知", 20.0, font="NotoSans")]
    assert [len(p.lines) for p in paragraphs(wrapped, metrics)] == [2]


def _canvas(path: Path):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(str(path), pagesize=(595.3, 841.9))


def _draw(path: Path, rows: list[tuple[str, float, str, str]]) -> Path:
    """Rows of (text, size, where: "centre" / "indent" / "left", colour) from the top down."""
    c = _canvas(path)
    top = 60.0
    for text, size, where, colour in rows:
        c.setFont("STSong-Light", size)
        c.setFillColorRGB(*((0.8, 0, 0) if colour == "red" else (0, 0, 0)))
        y = 841.9 - top - size
        if where == "centre":
            c.drawCentredString((LEFT + RIGHT) / 2, y, text)
        else:
            c.drawString(LEFT + (2 * SIZE if where == "indent" else 0), y, text)
        top += size * 1.7
    c.save()
    return path


def test_a_red_masthead_over_a_whole_title_is_set_aside(parser, tmp_path: Path) -> None:
    """"湖滨区工商业联合会办公室" in red 22 pt over "湖滨区工商业联合会2027年工作要点" in 20 pt: the title
    is the second line alone, the org is the title's, and the masthead is kept aside with its reason."""
    pdf = _draw(tmp_path / "masthead.pdf", [
        ("湖滨区工商业联合会办公室", 22, "centre", "red"),
        ("湖滨区工商业联合会2027年工作要点", 20, "centre", "black"),
        ("一、强化会员服务", SIZE, "left", "black"),
        ("全年走访会员企业不少于二百家，帮助解决融资用工问", SIZE, "indent", "black"),
        ("题六十件以上，组织银企对接活动八场次，为会员企业争取", SIZE, "left", "black"),
        ("专项贷款不少于三亿元，会员服务满意度达到九成以上。", SIZE, "left", "black"),
    ])
    result = parser.parse(pdf)
    doc = result.documents[0]
    assert doc.title == "湖滨区工商业联合会2027年工作要点"
    assert doc.org == "湖滨区工商业联合会"
    assert any(r.text == "湖滨区工商业联合会办公室" and r.reason for r in result.removed_reasons)


def test_a_line_whose_sentence_the_next_line_goes_on_with_is_no_heading(parser, tmp_path: Path) -> None:
    """A body line the page broke near its margin and a next line opening with the one character a
    break carried down ("查，…"): the sentence goes on, the line titles nothing. A short line over a
    body that opens afresh is still a heading."""
    pdf = _draw(tmp_path / "cut.pdf", [
        ("南塘区市场监管局2027年工作计划", 22, "centre", "black"),
        ("一、重点工作", SIZE, "left", "black"),
        ("食品安全抽检", SIZE, "left", "black"),
        ("全年完成食品安全监督抽检1800批次，问题产品核查处置", SIZE, "left", "black"),
        ("率达到百分之百。", SIZE, "left", "black"),
        ("第四季度完成农贸市场快检室全覆盖检", SIZE, "indent", "black"),
        ("查，“智慧农贸”监管覆盖率达到85%以上。", SIZE, "left", "black"),
    ])
    doc = parser.parse(pdf).documents[0]
    work = doc.sections[0]
    assert [c.heading for c in work.children] == ["食品安全抽检"]
    assert not any("快检室" in c.heading for c in work.children)
    assert any("快检室全" in p for p in work.children[0].paragraphs)
